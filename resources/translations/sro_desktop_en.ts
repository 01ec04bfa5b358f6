<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../sro_desktop/ui/base.py" line="65"/>
        <source>%1. Sitzung am %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="817"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="818"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="820"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="884"/>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="821"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="823"/>
        <source>Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="823"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="825"/>
        <source>Stellvertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="826"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="828"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="834"/>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="845"/>
        <source>Mitglied h&amp;inzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="846"/>
        <source>Bearbei&amp;ten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="847"/>
        <source>Mitglied beende&amp;n …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="848"/>
        <source>ehemalige &amp;zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="849"/>
        <source>Ehemalige Mitglieder zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="855"/>
        <source>Datens&amp;chutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="856"/>
        <source>Auskunft über die gespeicherten Daten der Person; ehemalige Mitglieder anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="860"/>
        <source>&amp;Auskunft exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="861"/>
        <source>A&amp;nonymisieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="884"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="899"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="884"/>
        <source>paritätisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="884"/>
        <source>stimmberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="886"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="914"/>
        <source>Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="896"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="897"/>
        <source>Name der neuen Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="900"/>
        <source>Kürzel der neuen Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="902"/>
        <source>Seite hin&amp;zufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="910"/>
        <source>Umbenennen mit Doppelklick oder F2. Für die Parität zählen die stimmberechtigten Mitglieder der paritätischen Seiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="931"/>
        <source>Wie der Name nach „Sitzung“ lautet, z. B. „des Beirats“ – für Einladungen und Protokolle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="938"/>
        <source>mehr als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="939"/>
        <source>mindestens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="940"/>
        <source>mehr als oder mindestens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="944"/>
        <source>Anteil der Stimmberechtigten als Bruch, z. B. 1/2 oder 2/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="946"/>
        <source>jede &amp;paritätische Seite muss vertreten sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="957"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="959"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="960"/>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="961"/>
        <source>Art&amp;ikel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="962"/>
        <source>Geniti&amp;v:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="963"/>
        <source>Ar&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="964"/>
        <source>ber&amp;ät:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="965"/>
        <source>Regeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="970"/>
        <source>der Stimmberechtigten anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="972"/>
        <source>Beschl&amp;ussfähig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="974"/>
        <source>Anteil für die Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="976"/>
        <source>Beschluss&amp;regel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="979"/>
        <source>vor der Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="981"/>
        <source>Ladungs&amp;frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/widgets.py" line="303"/>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/widgets.py" line="304"/>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/widgets.py" line="305"/>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/widgets.py" line="307"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/widgets.py" line="312"/>
        <source>überfällig seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="30"/>
        <source>Datei wird benutzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="33"/>
        <source>&amp;Schreibgeschützt öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="37"/>
        <source>Sperre &amp;aufheben und bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="40"/>
        <source>Die Sperre nur aufheben, wenn SRO Desktop auf %1 sicher nicht mehr läuft, etwa nach einem Absturz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="42"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="57"/>
        <source>Sperre aufheben?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="58"/>
        <source>Sperre von %1 wirklich aufheben? Ist die Datei dort noch geöffnet, bearbeiten zwei Rechner sie zugleich: Änderungen gehen verloren, und die Datei kann beschädigt werden. Nur aufheben, wenn SRO Desktop auf %2 geschlossen oder abgestürzt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="68"/>
        <source>Unsicherer Speicherort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="100"/>
        <source>(schreibgeschützt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/file_in_use.py" line="102"/>
        <source>älteres Datenformat: Stand beim Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/integrity.py" line="38"/>
        <source>Achtung: Das Protokoll der %1 wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/integrity.py" line="40"/>
        <source>Achtung: %1 genehmigte Protokolle wurden nach der Genehmigung verändert (Prüfsumme stimmt nicht): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/integrity.py" line="52"/>
        <source>Prüfung genehmigter Protokolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/integrity.py" line="57"/>
        <source>

Einzelheiten: sro-desktop check --db DATEI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="210"/>
        <source>Auf die Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="211"/>
        <source>Empfehlung %1 „%2“ in dieser Sitzung beraten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="215"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="222"/>
        <source> Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="223"/>
        <source>Dauer in Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="225"/>
        <source>&amp;Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="226"/>
        <source>&amp;Dauer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="230"/>
        <source>Auf &amp;Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="46"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="47"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="48"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="49"/>
        <source>Vortrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="50"/>
        <source>Dauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="51"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="52"/>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="109"/>
        <source>vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="146"/>
        <source>Die Dauer bitte in Minuten angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="149"/>
        <source>TOP ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="191"/>
        <source>TOP verschieben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="223"/>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="240"/>
        <source>+ &amp;TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="241"/>
        <source>Neuen Tagesordnungspunkt anlegen (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="243"/>
        <source>&amp;Standard-TOPs einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="245"/>
        <source>&amp;Offene Punkte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="247"/>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="248"/>
        <source>TOP nach oben (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="249"/>
        <source>TOP nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="251"/>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="252"/>
        <source>TOP nach unten (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="253"/>
        <source>TOP nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="255"/>
        <source>TOP &amp;löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="372"/>
        <source>TOP anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="373"/>
        <source>Neuer Tagesordnungspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="381"/>
        <source>Standard-TOPs einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="384"/>
        <source>Alle Standard-TOPs sind schon da.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="389"/>
        <source>Offene Punkte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="392"/>
        <source>Offene Punkte übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="393"/>
        <source>Übernommen: %1 vertagte TOPs, %2 Aufgaben zur Wiedervorlage, %3 Empfehlungen des Beirats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="403"/>
        <source>TOP verschieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/agenda_tab.py" line="409"/>
        <source>TOP löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../sro_desktop/ui/context.py" line="110"/>
        <source>Die Änderung wurde nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/context.py" line="124"/>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/context.py" line="133"/>
        <source>Rückgängig nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="306"/>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="309"/>
        <source>Genehmigt in der Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="313"/>
        <source>Zu TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="315"/>
        <source>Genehmigt in der &amp;Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="317"/>
        <source>zu &amp;TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="330"/>
        <source>– ohne TOP –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="77"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="33"/>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="34"/>
        <source>Seite, Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="36"/>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="156"/>
        <source>Vertreten durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="37"/>
        <source>ab TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="38"/>
        <source>bis vor TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="55"/>
        <source>Anwesenheitsliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="69"/>
        <source>Gäste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="74"/>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="75"/>
        <source>Name des Gastes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="78"/>
        <source>Organisation des Gastes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="79"/>
        <source>&amp;Gast hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="84"/>
        <source>G&amp;äste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="127"/>
        <source>ohne Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="144"/>
        <source>Status von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="146"/>
        <source>– nicht erfasst –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="166"/>
        <source>Stellvertretung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="178"/>
        <source>von Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="179"/>
        <source>bis Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="209"/>
        <source>&amp;Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="219"/>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="224"/>
        <source>Anwesenheit von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="253"/>
        <source>Anwesenheit ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/attendance_tab.py" line="267"/>
        <source>Gast hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="113"/>
        <source>Keine automatische Sicherung: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodiesView</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="697"/>
        <source>Gremien &amp; Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="708"/>
        <source>Noch kein Gremium in dieser Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="714"/>
        <source>Legen Sie zuerst das Gremium an, dessen Sitzungen Sie vorbereiten und protokollieren – zum Beispiel die Steuerungsgruppe. Eine Steuerungsgruppe bekommt gleich die Seiten Verwaltung und Freie Träger (paritätisch) sowie Wissenschaft und Projektberatung; danach tragen Sie die Mitglieder ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="719"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="758"/>
        <source>&amp;Gremium anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="739"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="740"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="741"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="743"/>
        <source>berät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="746"/>
        <source>Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="754"/>
        <source>Gr&amp;emien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="779"/>
        <source>Parität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="781"/>
        <source>Stimmberechtigte Mitglieder der paritätischen Seiten am heutigen Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="791"/>
        <source>&amp;Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="792"/>
        <source>&amp;Seiten und Regeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1020"/>
        <source> Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1020"/>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1113"/>
        <source>– kein anderes Gremium –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1135"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1153"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1164"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1177"/>
        <source>ausgeschieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1137"/>
        <source>ab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1178"/>
        <source>ausgeschieden nach dem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1181"/>
        <source>Mitglied ab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1265"/>
        <source>Name, Vorname, Titel, E-Mail und Telefon durch „%1 …“ ersetzen; Beschlüsse, Anwesenheit und Protokolle bleiben vollständig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1275"/>
        <source>Die Datei ist schreibgeschützt geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1338"/>
        <source>Mitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1339"/>
        <source>Mitglied bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1358"/>
        <source>Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1392"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1401"/>
        <source>Nicht anonymisiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1398"/>
        <source>Anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1405"/>
        <source>Anonymisiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1414"/>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1435"/>
        <source>Gremium ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1453"/>
        <source>Seite ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="1466"/>
        <source>Seite hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="205"/>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="208"/>
        <source>z. B. Steuerungsgruppe Sozialraumorientierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="211"/>
        <source>z. B. SG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="219"/>
        <source>– kein anderes Gremium –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="227"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="228"/>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="229"/>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="230"/>
        <source>A&amp;rtikel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="231"/>
        <source>&amp;berät:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="232"/>
        <source>Seiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="265"/>
        <source>%1 (paritätisch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="267"/>
        <source>%1 (ohne Stimmrecht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="270"/>
        <source> – später unter „Seiten und Regeln“ änderbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="173"/>
        <source>Protokoll versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="175"/>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="178"/>
        <source>Versandt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="180"/>
        <source>Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="181"/>
        <source>z. B. per E-Mail als Word-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="183"/>
        <source>&amp;Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="184"/>
        <source>Versandt &amp;am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="185"/>
        <source>A&amp;nmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="188"/>
        <source>&amp;Versenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="359"/>
        <source>Protokoll ver&amp;senden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="361"/>
        <source>Hält fest, wann das Protokoll an wen ging; der Entwurf ist dann versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="365"/>
        <source>Versandt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="367"/>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="368"/>
        <source>Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="372"/>
        <source>Versand des Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="373"/>
        <source>Wann das Protokoll an wen versandt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="375"/>
        <source>Ein&amp;wendung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="377"/>
        <source>Einwendung bearbeite&amp;n …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="378"/>
        <source>Auch: eintragen, wie sie erledigt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="382"/>
        <source>Eingang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="384"/>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="385"/>
        <source>Einwendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="386"/>
        <source>Erledigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="386"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="390"/>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="413"/>
        <source>Einwendungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="391"/>
        <source>Einwendungen gegen das Protokoll und wie sie erledigt wurden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="399"/>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="417"/>
        <source>Genehmigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="401"/>
        <source>In dieser Sitzung genehmigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="402"/>
        <source>Protokoll &amp;genehmigen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="404"/>
        <source>In welcher späteren Sitzung und zu welchem TOP das Protokoll genehmigt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="409"/>
        <source>Versand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="465"/>
        <source>Zustand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="488"/>
        <source>gesperrt, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="491"/>
        <source>noch nicht genehmigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="501"/>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="619"/>
        <source>TOP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="504"/>
        <source>In dieser Sitzung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="549"/>
        <source>Protokoll versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="581"/>
        <source>Einwendung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="603"/>
        <source>Einwendung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="624"/>
        <source>%1. Sitzung am %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="636"/>
        <source>Es gibt noch keine spätere Sitzung, die stattgefunden hat; dort wird das Protokoll genehmigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="643"/>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDetails</name>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="73"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="74"/>
        <source>Zur &amp;Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="75"/>
        <source>Die Sitzung öffnen, in der beschlossen wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="84"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="85"/>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="86"/>
        <source>Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="87"/>
        <source>Abstimmungsregel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="88"/>
        <source>Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="91"/>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="105"/>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="97"/>
        <source>Befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="108"/>
        <source>Abstimmung nach Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="112"/>
        <source>Befangen (nicht mitgestimmt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="120"/>
        <source>Aufgaben aus diesem Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="121"/>
        <source>Aus diesem Beschluss folgen keine Aufgaben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="126"/>
        <source>Einen Beschluss in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="157"/>
        <source>Umlaufverfahren (schriftlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="160"/>
        <source>noch nicht abgestimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="164"/>
        <source>(kein Wortlaut erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="176"/>
        <source>Keine Stimmen erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="181"/>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="181"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="181"/>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="182"/>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="207"/>
        <source>niemand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="59"/>
        <source>Titel des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="61"/>
        <source>Wortlaut des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="64"/>
        <source>Mehrheitsregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="66"/>
        <source>Verfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="70"/>
        <location filename="../../sro_desktop/ui/item_panel.py" line="77"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="70"/>
        <location filename="../../sro_desktop/ui/item_panel.py" line="77"/>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="70"/>
        <source>Enth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="77"/>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="85"/>
        <source>&amp;Alle dafür</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="86"/>
        <source>Alle anwesenden Stimmberechtigten stimmen mit Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="90"/>
        <location filename="../../sro_desktop/ui/item_panel.py" line="121"/>
        <source>Befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="103"/>
        <location filename="../../sro_desktop/ui/item_panel.py" line="123"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="104"/>
        <source>Beschluss &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="106"/>
        <source>Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="107"/>
        <source>Wer hat den Beschluss, seine Abstimmung und Befangenheiten wann geändert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="113"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="114"/>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="118"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="119"/>
        <source>Stimmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="201"/>
        <source>Stimmberechtigt anwesend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="227"/>
        <source>Beschluss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="247"/>
        <source>Beschluss %1 speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="224"/>
        <source>Gremium filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="227"/>
        <source>Jahr filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="230"/>
        <source>Anzahl der Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="232"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="235"/>
        <source>&amp;Jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="241"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="242"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="244"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="245"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="246"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="247"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="253"/>
        <source>Beschlussregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="254"/>
        <source>Alle Beschlüsse, die neuesten zuerst; Einzelheiten unter der Liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="278"/>
        <source>Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="282"/>
        <source>noch nicht abgestimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="286"/>
        <source>Umlaufverfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="290"/>
        <source>%1. Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="306"/>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="315"/>
        <source>Alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="356"/>
        <source>1 Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions_view.py" line="357"/>
        <source>%1 Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="494"/>
        <source>Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="496"/>
        <source>Ab dem Tag danach zählt %1 nicht mehr zu den Mitgliedern. Die Mitgliedschaft bleibt für frühere Sitzungen und Protokolle erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="501"/>
        <source>&amp;Letzter Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="502"/>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../sro_desktop/ui/widgets.py" line="108"/>
        <source>Fehlermeldung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="179"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="182"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="184"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="186"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="187"/>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="189"/>
        <source>CSV für Excel (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="191"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="193"/>
        <source>&amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="194"/>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="196"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/history.py" line="37"/>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/history.py" line="43"/>
        <source>Änderungen, neueste zuerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/history.py" line="87"/>
        <source>Noch keine Änderungen aufgezeichnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/history.py" line="89"/>
        <source>Frühere Änderungen sind nicht bekannt: der Verlauf wird erst seit der Aktualisierung der Datei geführt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="419"/>
        <source>Beschlussfähigkeit bei diesem TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="421"/>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="423"/>
        <source>Notizen zum Verlauf – Absätze; Aufzählungen mit „- “ am Zeilenanfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="425"/>
        <source>&amp;Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="434"/>
        <source>+ &amp;Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="437"/>
        <source>Aufgaben aus diesem TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="447"/>
        <source>&lt;b&gt;Beschlüsse&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="450"/>
        <source>&lt;b&gt;Aufgaben&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="485"/>
        <source>Kein TOP gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="497"/>
        <source> (vertagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="523"/>
        <source> · Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="558"/>
        <source>Notizen zu TOP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="568"/>
        <source>Beschluss anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="474"/>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="94"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="119"/>
        <source>Suchen … (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="120"/>
        <source>Suche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="144"/>
        <source>&lt;b&gt;Demo-Daten&lt;/b&gt; – alle Namen sind erfunden. Zum Ausprobieren frei ändern; für die echte Arbeit eine leere Datei beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Leere Datei beginnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="156"/>
        <source>Keine Datei geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="161"/>
        <source>&amp;Neue Datei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="162"/>
        <source>Datei ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="163"/>
        <location filename="../../sro_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Demo öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Neu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="184"/>
        <source>Ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Kopie speichern unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="190"/>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="192"/>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Große Demo-Datei erzeugen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="201"/>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="203"/>
        <source>&amp;Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="211"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Protokoll der Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="215"/>
        <source>&amp;Einladung zur Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="217"/>
        <source>Beschluss&amp;kontrolle (Aufgaben) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="219"/>
        <source>Beschluss&amp;register …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Sachstandsbericht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Vorlagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="234"/>
        <source>Ü&amp;ber SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="248"/>
        <source>Datei nicht geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="258"/>
        <source>Neue SRO-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="262"/>
        <source>Datei nicht angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="263"/>
        <source>%1 gibt es schon. Bitte einen neuen Namen wählen oder die Datei öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="290"/>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="291"/>
        <source>Bitte zuerst eine Sitzung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="303"/>
        <source>Große Demo-Datei speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="306"/>
        <source>Große Demo-Datei wird erzeugt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="307"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="308"/>
        <source>Demo-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="322"/>
        <source>Abgebrochen; keine Datei angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="325"/>
        <source>Demo-Datei nicht erzeugt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="334"/>
        <source>Kopie speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="340"/>
        <source>Kopie nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="342"/>
        <source>Kopie gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="366"/>
        <source>(keine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="428"/>
        <source>Nichts gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="449"/>
        <source>Über SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="450"/>
        <source>SRO Desktop %1
Sitzungen, Beschlüsse und Aufgaben der Steuerungsgruppe Sozialraumorientierung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="136"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="136"/>
        <source>&amp;Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="138"/>
        <source>&amp;Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="139"/>
        <source>&amp;Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="140"/>
        <source>&amp;Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="141"/>
        <source>O&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="170"/>
        <source>Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="176"/>
        <source>&amp;Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="177"/>
        <source>&amp;Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="178"/>
        <source>Pr&amp;otokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="201"/>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="227"/>
        <source>Zustand: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="231"/>
        <source>– gesperrt, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="240"/>
        <source>Abgesagt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="262"/>
        <source>Sitzung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="286"/>
        <source>Zustand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="300"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="302"/>
        <source>&amp;Neue Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="306"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="307"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="308"/>
        <source>Zustand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="314"/>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="346"/>
        <source>Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="326"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="366"/>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="448"/>
        <source>Zuerst ein Gremium unter „Gremien &amp; Mitglieder“ anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="454"/>
        <source>Sitzung anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="328"/>
        <source>Mitglied bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="329"/>
        <source>Mitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="335"/>
        <source>Neue Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="339"/>
        <source>z. B. Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="345"/>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="358"/>
        <source>– keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="356"/>
        <source>stimmberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="360"/>
        <source>gültig v&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="361"/>
        <source>gültig &amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="366"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="368"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="370"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="371"/>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="372"/>
        <source>&amp;Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="373"/>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="374"/>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="376"/>
        <source>Mitgliedschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="378"/>
        <source>vertritt Organisat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="380"/>
        <source>&amp;Seite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="381"/>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="382"/>
        <source>Stimmrec&amp;ht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="383"/>
        <source>Stellvertret&amp;ung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="389"/>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="454"/>
        <source>Die Person wird mit diesen Angaben neu angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="456"/>
        <source>Änderungen an den Angaben gelten für diese Person in allen Gremien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesView</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="493"/>
        <source>Zeitleiste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="495"/>
        <source>Zu h&amp;eute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="496"/>
        <source>Die Zeitleiste zum heutigen Quartal rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="500"/>
        <source>Zum nächsten Meilenstein links außerhalb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="503"/>
        <source>Zum nächsten Meilenstein rechts außerhalb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="522"/>
        <source>Status des Meilensteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="540"/>
        <source>Ziel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="541"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="542"/>
        <source>Ebene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="543"/>
        <source>Qualitätsdimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="544"/>
        <source>Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="545"/>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="546"/>
        <source>Fortschritt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="547"/>
        <source>Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="555"/>
        <source>Aufgaben zu diesem Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="556"/>
        <source>Mit diesem Meilenstein sind keine Aufgaben verknüpft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="559"/>
        <source>Einen Meilenstein in der Zeitleiste anklicken oder mit den Pfeiltasten wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="590"/>
        <source>Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="605"/>
        <source>%1 von %2 Meilensteinen erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="649"/>
        <source>◀ %1 &amp;frühere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="650"/>
        <source>%1 spä&amp;tere ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="692"/>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="699"/>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="701"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="710"/>
        <source>Status des Meilensteins ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesCheckList</name>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="79"/>
        <source>Proto&amp;koll prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="81"/>
        <source>Sucht, was vor dem Versand fehlt: Abstimmungen, Verantwortliche, Fälligkeiten, Anwesenheit, Ergebnisse der TOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="87"/>
        <source>Befunde der Protokollprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="89"/>
        <source>Doppelklick oder Eingabetaste führt zur Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="111"/>
        <source>Noch nicht geprüft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="133"/>
        <source>Keine Befunde: das Protokoll ist vollständig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="136"/>
        <source>1 Befund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="137"/>
        <source>%1 Befunde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="28"/>
        <source>Ö&amp;ffentliche Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="29"/>
        <source>Ohne nichtöffentliche Tagesordnungspunkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="30"/>
        <source>&amp;Ergebnisprotokoll (ohne Verlauf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="33"/>
        <source>Protokoll e&amp;xportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="35"/>
        <source>E&amp;inladung exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="37"/>
        <source>nach dem Export ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="41"/>
        <source>Vorschau des Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="94"/>
        <source>Niederschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="94"/>
        <source> öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="96"/>
        <source>Protokoll exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="109"/>
        <source>Einladung exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="110"/>
        <source>Einladung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_tab.py" line="117"/>
        <source>Ladungsfrist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="74"/>
        <source>Neue Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="86"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="86"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="87"/>
        <source>&amp;Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="87"/>
        <source>&amp;Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="88"/>
        <source>&amp;Ort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="228"/>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="238"/>
        <source>Einwendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="230"/>
        <source>Von (Mitglied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="231"/>
        <source>– andere Person, bitte Namen angeben –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="234"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="236"/>
        <source>Eingegangen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="241"/>
        <source>Erledigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="243"/>
        <source>Wie die Einwendung erledigt wurde, z. B. „im Entwurf berichtigt“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="246"/>
        <source>&amp;Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="247"/>
        <source>oder &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="248"/>
        <source>Eingegangen &amp;am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="249"/>
        <source>Ein&amp;wendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/minutes_parts.py" line="250"/>
        <source>E&amp;rledigung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationAnswer</name>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="340"/>
        <source>Empfehlung des Beirats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="347"/>
        <location filename="../../sro_desktop/ui/item_panel.py" line="358"/>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="349"/>
        <source>Begründung der Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="352"/>
        <source>Beschluss zur Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="353"/>
        <source>Antwort s&amp;peichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="359"/>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="360"/>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="370"/>
        <source>Stand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="371"/>
        <source> · Antwort fällig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="373"/>
        <source>– keiner –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="390"/>
        <source>Empfehlung beantworten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="91"/>
        <source>Neue Empfehlung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="105"/>
        <source>Worum es geht, in einer Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="110"/>
        <source>Der Wortlaut der Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="111"/>
        <source>Antwort &amp;fällig bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="120"/>
        <source>Von Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="121"/>
        <source>An Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="122"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="123"/>
        <source>Beschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="124"/>
        <source>Sitzung des Beirats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="125"/>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="126"/>
        <source>Antwort fällig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="130"/>
        <source>&amp;Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="131"/>
        <source>&amp;An:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="132"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="133"/>
        <source>Beschlossen a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="134"/>
        <source>in der &amp;Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="135"/>
        <source>&amp;Wortlaut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="142"/>
        <source>Empfehlung &amp;erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="165"/>
        <source>(ohne Sitzung)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="266"/>
        <source>Antwort fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="269"/>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="270"/>
        <source>Auf &amp;Tagesordnung setzen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="272"/>
        <source>Die Empfehlung als TOP in eine kommende Sitzung des angesprochenen Gremiums aufnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="275"/>
        <source>&amp;Zur Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="284"/>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="302"/>
        <source>Wortlaut der Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="288"/>
        <source>Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="289"/>
        <source>An:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="290"/>
        <source>Beschlossen am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="291"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="292"/>
        <source>Antwort fällig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="293"/>
        <source>Tagesordnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="312"/>
        <source>Antwort: Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="313"/>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="317"/>
        <source>Antwort mit Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="320"/>
        <source>Die Antwort mit Begründung, wie sie der Planungsgruppe mitgeteilt wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="323"/>
        <source>Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="325"/>
        <source>Beschluss zur Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="330"/>
        <source>Beantwortet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="331"/>
        <source>Antwort &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="341"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="342"/>
        <source>Ant&amp;wort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="344"/>
        <source>Besch&amp;luss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="346"/>
        <source>Beantwortet a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="348"/>
        <source>Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="349"/>
        <source>Wer hat die Empfehlung wann geändert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="355"/>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="360"/>
        <source>Eine Empfehlung in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="401"/>
        <source>%1 (%2. Sitzung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="407"/>
        <source>ohne Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="411"/>
        <source>(kein Wortlaut erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="413"/>
        <source>Antwort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="434"/>
        <source>TOP %1 der %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="437"/>
        <source>noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="453"/>
        <source>(kein Beschluss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="480"/>
        <source>Bitte wählen Sie, wie die Empfehlung beantwortet wird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="485"/>
        <source>Empfehlung beantworten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="500"/>
        <source>Empfehlung %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="518"/>
        <source>Angesprochenes Gremium filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="520"/>
        <source>Nur unbeantw&amp;ortete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="522"/>
        <source>Nur Empfehlungen, die eingegangen, auf der Tagesordnung oder zurückgestellt sind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="524"/>
        <source>Anzahl der Empfehlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="525"/>
        <source>&amp;Neue Empfehlung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="526"/>
        <source>Eine eingegangene Empfehlung des Beirats erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="529"/>
        <source>An &amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="539"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="540"/>
        <source>Beschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="542"/>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="543"/>
        <source>An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="544"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="545"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="546"/>
        <source>Antwort fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="548"/>
        <source>Beantwortet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="557"/>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="580"/>
        <source>Empfehlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="558"/>
        <source>Empfehlungen des Beirats, die neuesten zuerst; überfällige Antworten rot. Die Antwort wird unter der Liste erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="602"/>
        <source>%1 – überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="607"/>
        <source>von %1 an %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="611"/>
        <source>Die Antwort ist seit dem %1 überfällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="622"/>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="645"/>
        <source>%1 Empfehlungen, %2 unbeantwortet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="676"/>
        <source>Empfehlung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="691"/>
        <source>Keine Sitzung geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="692"/>
        <source>Für %1 ist keine kommende Sitzung angelegt. Legen Sie die Sitzung unter „Sitzungen“ an und setzen Sie die Empfehlung dann auf die Tagesordnung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations_view.py" line="700"/>
        <source>Empfehlung auf die Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="132"/>
        <location filename="../../sro_desktop/ui/backups.py" line="182"/>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="139"/>
        <source>Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="141"/>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="141"/>
        <source>Anlass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="141"/>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="161"/>
        <source>&amp;Wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="167"/>
        <source>Sicherungen von %1, die neueste zuerst. Der jetzige Stand wird vor dem Wiederherstellen gesichert und bleibt so erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="171"/>
        <source>Von %1 gibt es noch keine Sicherung. Sie wird beim Öffnen der Datei angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="183"/>
        <source>%1 durch die Sicherung vom %2 ersetzen?

Änderungen seit dieser Sicherung sind danach nur noch in der Sicherung des jetzigen Stands, die vorher angelegt wird.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="71"/>
        <source>Suchergebnisse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidesModel</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="615"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="615"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="261"/>
        <source>Neue Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="266"/>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="269"/>
        <source>Verantwortlich %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="270"/>
        <source>&amp;Tandem (je eine Seite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="274"/>
        <location filename="../../sro_desktop/ui/item_panel.py" line="288"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="276"/>
        <location filename="../../sro_desktop/ui/item_panel.py" line="289"/>
        <source>Aus Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="277"/>
        <source>Aufgabe &amp;anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="282"/>
        <source>Auf&amp;gabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="285"/>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="286"/>
        <source>und</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="299"/>
        <source>– niemand –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="304"/>
        <source>– keiner –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/item_panel.py" line="322"/>
        <source>Aufgabe anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../sro_desktop/ui/widgets.py" line="289"/>
        <source>Doppelklick öffnet die Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="147"/>
        <source>%1. Sitzung · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="515"/>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="544"/>
        <source>Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="549"/>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="550"/>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="551"/>
        <source>Verantwortliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="552"/>
        <source>Seite(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="553"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="555"/>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="657"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="556"/>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="557"/>
        <source>Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="572"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="576"/>
        <source>Filter Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="577"/>
        <source>Filter Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="578"/>
        <source>Filter Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="579"/>
        <source>Filter Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="580"/>
        <source>Filter Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="581"/>
        <source>Filter Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="582"/>
        <source>nur &amp;überfällige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="583"/>
        <source>Nur überfällige Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="585"/>
        <source>Filter &amp;zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="586"/>
        <source>Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="589"/>
        <source>Anzahl der Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="593"/>
        <source>unerledigt (offen, in Arbeit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="594"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="600"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="600"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="601"/>
        <source>S&amp;eite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="602"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="603"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="604"/>
        <source>&amp;Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="627"/>
        <source>Aufgabenliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="629"/>
        <source>Nach Fälligkeit geordnet. F2 oder Doppelklick ändert Titel, Fälligkeit, Status und Wiedervorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="654"/>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="654"/>
        <source>Titel (darf nicht leer sein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="659"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="659"/>
        <source>ohne Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="661"/>
        <source>Wiedervorlage in Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="815"/>
        <source>%1 Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="816"/>
        <source>1 Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="820"/>
        <source>&amp;Verteilung der offenen Aufgaben · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="821"/>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="827"/>
        <source>alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="831"/>
        <source>alle Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="834"/>
        <source>alle Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="836"/>
        <source>alle Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="852"/>
        <source>alle Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="884"/>
        <source>Tandem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="893"/>
        <source>Tandem aus beiden Seiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="909"/>
        <source>Überfällig seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="911"/>
        <source>Fällig in dieser Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="927"/>
        <source>&amp;Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="936"/>
        <source>Aufgabe „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="941"/>
        <source>(keine Wiedervorlage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="954"/>
        <source>Die Aufgabe braucht einen Titel; ohne Titel wird nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="968"/>
        <source>Titel der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="973"/>
        <source>Status „%1“ setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="978"/>
        <source>Fälligkeit der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="983"/>
        <source>Wiedervorlage der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="992"/>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="111"/>
        <source>Vorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="115"/>
        <source>Eigene Vorlagen: eine mitgelieferte Vorlage kopieren, in Word Briefkopf, Logo, Schriften und Texte ändern und hier auswählen. Leer heißt: mitgelieferte Vorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="120"/>
        <source>Vorlage für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="121"/>
        <source>mitgelieferte Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="123"/>
        <source>Auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="125"/>
        <source>Kopie zum Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="138"/>
        <source>Vorlage wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="145"/>
        <source>Vorlage kopieren nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="151"/>
        <source>Nicht kopiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="118"/>
        <source>Zeitleiste der Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="220"/>
        <source>keine Aufgaben verknüpft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="221"/>
        <source>%1/%2 Aufgaben erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="229"/>
        <source>keine Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="230"/>
        <source>Ausgewählt: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="234"/>
        <source>Heute ist der %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="235"/>
        <source>Meilensteine: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="236"/>
        <source>. Pfeiltasten links und rechts wählen den vorigen oder nächsten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="290"/>
        <source>Heute, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones_view.py" line="366"/>
        <source>heute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadChart</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="353"/>
        <source>Offene Aufgaben je Seite und Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="367"/>
        <source>nach Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="368"/>
        <source>nach Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="375"/>
        <source>%1 %2 offen, davon %3 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="378"/>
        <source>Offene Aufgaben %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="379"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="385"/>
        <source>%1 · %2 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="426"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="426"/>
        <source>davon überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="444"/>
        <source>Offene Aufgaben %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks_view.py" line="452"/>
        <source>keine offenen Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="53"/>
        <source>SRO-Datei öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="64"/>
        <source>Sitzung absagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="65"/>
        <source>Grund der Absage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="97"/>
        <source>Export nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="223"/>
        <source>Kein Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="224"/>
        <source>Zuerst ein Gremium anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="522"/>
        <source>Auskunft %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="524"/>
        <source>Auskunft exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="525"/>
        <source>JSON-Datei (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="535"/>
        <source>Anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies_view.py" line="536"/>
        <source>%1 anonymisieren?

Name, Vorname, Titel, E-Mail und Telefon werden durch „%2 …“ ersetzt; die bisherigen Angaben werden aus der Datei gelöscht. Beschlüsse, Anwesenheit, Aufgaben und Protokolle bleiben vollständig und zeigen künftig den neuen Namen. Frei geschriebene Texte (z. B. Notizen) und ältere Sicherungen bleiben unverändert.

Solange die Datei geöffnet ist, nimmt „Rückgängig“ das zurück.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="47"/>
        <source>Einladung versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="48"/>
        <source>Sitzung durchgeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="49"/>
        <source>Protokoll-Entwurf erstellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="50"/>
        <source>Protokoll versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="51"/>
        <source>Protokoll genehmigt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="52"/>
        <source>Sitzung absagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="55"/>
        <source>zurück: geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="56"/>
        <source>zurück: durchgeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="57"/>
        <source>zurück: Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings_view.py" line="58"/>
        <source>wieder planen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="212"/>
        <source>Sicherungen nicht lesbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="220"/>
        <location filename="../../sro_desktop/ui/backups.py" line="227"/>
        <source>Nicht wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="236"/>
        <source>Sicherung vom %1 wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="238"/>
        <source>Der vorherige Stand ist gesichert (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
