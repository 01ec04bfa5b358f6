<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../sro_desktop/ui/common/widgets.py" line="68"/>
        <source>%1. Sitzung am %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="73"/>
        <source>Spalten der Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="77"/>
        <source>– nicht vorhanden –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="79"/>
        <source>Spalte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="81"/>
        <source>Spalte für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="89"/>
        <source>Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="90"/>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="77"/>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="151"/>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="126"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="91"/>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="78"/>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="127"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="92"/>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="80"/>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="133"/>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="93"/>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="81"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="98"/>
        <source>Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="99"/>
        <source>Die Zeilen der Liste und was der Import mit ihnen macht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="104"/>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="108"/>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="109"/>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="116"/>
        <source>Aus %1 werden Mitglieder für %2 gelesen. Personen und Organisationen, die es schon gibt, werden wiedererkannt; wer schon Mitglied ist, wird nicht noch einmal eingetragen. Zeilen mit Fehlern werden übersprungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="83"/>
        <source>Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="83"/>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="45"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="94"/>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="85"/>
        <source>Stellvertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="86"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="88"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="94"/>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="105"/>
        <source>Mitglied h&amp;inzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="106"/>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="170"/>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="143"/>
        <source>Bearbei&amp;ten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="107"/>
        <source>Mitglied beende&amp;n …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="108"/>
        <source>Mitglieder impo&amp;rtieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="109"/>
        <source>Mitglieder importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="110"/>
        <source>Mitgliederliste e&amp;xportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="111"/>
        <source>Mitgliederliste exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="114"/>
        <source>ehemalige &amp;zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="115"/>
        <source>Ehemalige Mitglieder zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="133"/>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="148"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="133"/>
        <source>paritätisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="133"/>
        <source>stimmberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="135"/>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="163"/>
        <source>Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="145"/>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="146"/>
        <source>Name der neuen Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="149"/>
        <source>Kürzel der neuen Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="151"/>
        <source>Seite hin&amp;zufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="159"/>
        <source>Umbenennen mit Doppelklick oder F2. Für die Parität zählen die stimmberechtigten Mitglieder der paritätischen Seiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="180"/>
        <source>Wie der Name nach „Sitzung“ lautet, z. B. „des Beirats“ – für Einladungen und Protokolle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="183"/>
        <source>z. B. Rostock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="184"/>
        <source>Der Ort im Unterschriftenblock des Protokolls: „Rostock, den …“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="202"/>
        <source>Vor&amp;lage anwenden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="203"/>
        <source>Die Regeln einer Geschäftsordnungs-Vorlage übernehmen; Seiten und Mitglieder bleiben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="221"/>
        <source>Ort der Unters&amp;chrift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="229"/>
        <source>Regeln der Geschäftsordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="23"/>
        <source>Beschlussfähig bei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="24"/>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="113"/>
        <source>Beschlussfähigkeit bezogen auf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="25"/>
        <source>jede paritätische Seite muss vertreten sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="26"/>
        <source>Beschlussregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="27"/>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="125"/>
        <source>Mehrheit gemessen an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="28"/>
        <source>Stichentscheid des Vorsitzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="29"/>
        <source>mehr als eine Stimme je Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="30"/>
        <source>Widerspruch stoppt das Umlaufverfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="31"/>
        <source>Namen namentlicher Abstimmungen im Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="32"/>
        <source>Ladungsfrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="41"/>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="68"/>
        <source>mehr als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="41"/>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="69"/>
        <source>mindestens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="43"/>
        <source>1 Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="43"/>
        <source>%1 Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="45"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="107"/>
        <source>mehr als oder mindestens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="73"/>
        <source>Anteil der Stimmberechtigten als Bruch, z. B. 1/2 oder 2/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="76"/>
        <source>jede &amp;paritätische Seite muss vertreten sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="82"/>
        <source>Bei Stimmengleichheit entscheidet die Stimme des Vorsitzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="84"/>
        <source>Eine Person darf mehr als eine Stimme führen (Stimmrechtsübertragung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="86"/>
        <source>Ein Widerspruch gegen das Umlaufverfahren stoppt es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="88"/>
        <source>Namentliche Abstimmungen mit Namen ins Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="91"/>
        <source>Stichentscheid: sonst ist ein Antrag bei Stimmengleichheit abgelehnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="93"/>
        <source>Sonst zählt eine Person, die zugleich eigenes Mitglied und Stellvertretung ist, nur einmal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="96"/>
        <source>Sonst entscheiden im Umlaufverfahren allein die Antworten nach der Beschlussregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="98"/>
        <source>Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="111"/>
        <source>Bezogen auf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="116"/>
        <source>Sitze laut GO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="118"/>
        <source>Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="123"/>
        <source>Mehrheit gemessen an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="207"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="209"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="210"/>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="211"/>
        <source>Art&amp;ikel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="212"/>
        <source>Geniti&amp;v:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="213"/>
        <source>Ar&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="214"/>
        <source>ber&amp;ät:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="103"/>
        <source>der Stimmberechtigten anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="105"/>
        <source>Beschl&amp;ussfähig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="22"/>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="108"/>
        <source>Anteil für die Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/procedure.py" line="120"/>
        <source>Beschluss&amp;regel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="217"/>
        <source>vor der Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="219"/>
        <source>Ladungs&amp;frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/common/task_table.py" line="65"/>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/common/task_table.py" line="66"/>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/common/task_table.py" line="67"/>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="95"/>
        <location filename="../../sro_desktop/ui/common/task_table.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/common/task_table.py" line="73"/>
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
        <location filename="../../sro_desktop/ui/integrity.py" line="43"/>
        <source>Achtung: Das Protokoll der %1 wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/integrity.py" line="45"/>
        <source>Achtung: %1 genehmigte Protokolle wurden nach der Genehmigung verändert (Prüfsumme stimmt nicht): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/integrity.py" line="93"/>
        <source>Prüfung genehmigter Protokolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/integrity.py" line="97"/>
        <source>

Einzelheiten: sro-desktop check --db DATEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="153"/>
        <source>Kurzname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="155"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="156"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="158"/>
        <source>eingetragen bei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="161"/>
        <source>Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="169"/>
        <source>&amp;Neue Organisation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="171"/>
        <source>&amp;Zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="172"/>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="144"/>
        <source>Ent&amp;fernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="173"/>
        <source>Neue Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="174"/>
        <source>Organisation bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="175"/>
        <source>Organisationen zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="176"/>
        <source>Organisation entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="129"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="130"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="131"/>
        <source>Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="134"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="142"/>
        <source>&amp;Neue Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="145"/>
        <source>Neue Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="146"/>
        <source>Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="147"/>
        <source>Person entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="167"/>
        <source>Auf die Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="168"/>
        <source>Empfehlung %1 „%2“ in dieser Sitzung beraten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="172"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="179"/>
        <source> Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="180"/>
        <source>Dauer in Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="182"/>
        <source>&amp;Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="183"/>
        <source>&amp;Dauer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="187"/>
        <source>Auf &amp;Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="51"/>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="52"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="53"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="54"/>
        <source>Vortrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="55"/>
        <source>Dauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="56"/>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="57"/>
        <source>öff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="92"/>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="104"/>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="120"/>
        <source>%1 (vertagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="123"/>
        <source>vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="162"/>
        <source>Die Dauer bitte in Minuten angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="166"/>
        <source>TOP ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="210"/>
        <source>TOP verschieben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="246"/>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="270"/>
        <source>+ &amp;TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="271"/>
        <source>Neuen Tagesordnungspunkt anlegen (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="273"/>
        <source>&amp;Standard-TOPs einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="275"/>
        <source>&amp;Offene Punkte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="277"/>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="278"/>
        <source>TOP nach oben (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="279"/>
        <source>TOP nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="281"/>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="282"/>
        <source>TOP nach unten (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="283"/>
        <source>TOP nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="285"/>
        <source>TOP &amp;löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="287"/>
        <source>vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="288"/>
        <source>TOP vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="290"/>
        <source>Der TOP wird vertagt; „Offene Punkte übernehmen“ bringt ihn in eine spätere Sitzung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="439"/>
        <source>TOP anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="440"/>
        <source>Neuer Tagesordnungspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="448"/>
        <source>Standard-TOPs einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="451"/>
        <source>Alle Standard-TOPs sind schon da.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="456"/>
        <source>Offene Punkte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="459"/>
        <source>Offene Punkte übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="460"/>
        <source>Übernommen: %1 vertagte TOPs, %2 Aufgaben zur Wiedervorlage, %3 Empfehlungen des Beirats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="469"/>
        <source>TOP vertagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="469"/>
        <source>TOP nicht mehr vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="479"/>
        <source>TOP verschieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/agenda.py" line="485"/>
        <source>TOP löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../sro_desktop/ui/context.py" line="126"/>
        <source>Die Änderung wurde nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/context.py" line="140"/>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/context.py" line="151"/>
        <source>Rückgängig nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="168"/>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="171"/>
        <source>Genehmigt in der Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="175"/>
        <source>Zu TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="177"/>
        <source>Genehmigt in der &amp;Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="179"/>
        <source>zu &amp;TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="192"/>
        <source>– ohne TOP –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="28"/>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="29"/>
        <source>Seite, Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="31"/>
        <source>Vertreten durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="32"/>
        <source>ab TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="33"/>
        <source>bis vor TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="34"/>
        <source>Wechsel ab TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="227"/>
        <source>– nicht erfasst –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="232"/>
        <source>von Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="232"/>
        <source>bis Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="247"/>
        <source>Status von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="280"/>
        <source> (ohne Stimmrecht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="282"/>
        <source>Stellvertretung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="286"/>
        <source>Ab diesem TOP übernimmt %1 den Sitz selbst von der Stellvertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="288"/>
        <source>Ab diesem TOP übernimmt die Stellvertretung den Sitz von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance_model.py" line="339"/>
        <source>Anwesenheit ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="219"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="187"/>
        <source>Anwesenheitsliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="203"/>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="204"/>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="363"/>
        <source>Alle anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="206"/>
        <source>Alle Mitglieder ohne eingetragenen Status als anwesend eintragen; „entschuldigt“, „vertreten“ usw. bleiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="211"/>
        <source>Gäste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="216"/>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="217"/>
        <source>Name des Gastes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="220"/>
        <source>Organisation des Gastes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="221"/>
        <source>&amp;Gast hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="226"/>
        <source>G&amp;äste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="317"/>
        <source>&amp;Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="327"/>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="333"/>
        <source>Anwesenheit von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="374"/>
        <source>Gast hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="116"/>
        <source>Keine automatische Sicherung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="121"/>
        <source>Automatische Sicherung angelegt (%1).</source>
        <translation>Automatic backup made (%1).</translation>
    </message>
</context>
<context>
    <name>BodiesView</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="74"/>
        <source>Gremien &amp; Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="85"/>
        <source>Noch kein Gremium in dieser Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="91"/>
        <source>Legen Sie zuerst das Gremium an, dessen Sitzungen Sie vorbereiten und protokollieren – zum Beispiel die Steuerungsgruppe. Eine Steuerungsgruppe bekommt gleich die Seiten Verwaltung und Freie Träger (paritätisch) sowie Wissenschaft und Projektberatung; danach tragen Sie die Mitglieder ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="96"/>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="135"/>
        <source>&amp;Gremium anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="116"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="117"/>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="118"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="120"/>
        <source>berät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="123"/>
        <source>Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="131"/>
        <source>Gr&amp;emien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="156"/>
        <source>Parität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="158"/>
        <source>Stimmberechtigte Mitglieder der paritätischen Seiten am heutigen Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="173"/>
        <source>Gremium, Personen und Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="174"/>
        <source>&amp;Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="175"/>
        <source>&amp;Seiten und Regeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="176"/>
        <source>&amp;Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="177"/>
        <source>&amp;Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="178"/>
        <source>Te&amp;xtbausteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="305"/>
        <source>noch keine Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/view.py" line="345"/>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="59"/>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="62"/>
        <source>z. B. Steuerungsgruppe Sozialraumorientierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="65"/>
        <source>z. B. SG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="73"/>
        <source>– kein anderes Gremium –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="79"/>
        <source>Seiten des neuen Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="83"/>
        <source>Regeln des neuen Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="86"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="87"/>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="88"/>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="89"/>
        <source>A&amp;rtikel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="90"/>
        <source>&amp;berät:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="91"/>
        <source>Seiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="92"/>
        <source>Regeln:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="127"/>
        <source>%1 (paritätisch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="129"/>
        <source>%1 (ohne Stimmrecht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="131"/>
        <source>%1 Sitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="131"/>
        <source>%1 Sitze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="132"/>
        <source>%1 (%2 laut GO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="136"/>
        <source> – später unter „Seiten und Regeln“ änderbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="138"/>
        <source>nach der Vorlage „%1“: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="35"/>
        <source>Protokoll versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="37"/>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="40"/>
        <source>Versandt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="42"/>
        <source>Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="43"/>
        <source>z. B. per E-Mail als Word-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="45"/>
        <source>&amp;Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="46"/>
        <source>Versandt &amp;am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="47"/>
        <source>A&amp;nmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="50"/>
        <source>&amp;Versenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="52"/>
        <source>Protokoll ver&amp;senden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="54"/>
        <source>Hält fest, wann das Protokoll an wen ging; der Entwurf ist dann versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="58"/>
        <source>Versandt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="59"/>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="60"/>
        <source>Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="64"/>
        <source>Versand des Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="65"/>
        <source>Wann das Protokoll an wen versandt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="67"/>
        <source>Ein&amp;wendung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="69"/>
        <source>Bearbeite&amp;n …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="70"/>
        <source>Einwendung bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="71"/>
        <source>Auch: eintragen, wie sie erledigt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="75"/>
        <source>Eingang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="76"/>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="77"/>
        <source>Einwendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="78"/>
        <source>Erledigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="78"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="82"/>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="118"/>
        <source>Einwendungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="83"/>
        <source>Einwendungen gegen das Protokoll und wie sie erledigt wurden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="91"/>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="110"/>
        <source>Genehmigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="93"/>
        <source>In dieser Sitzung genehmigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="94"/>
        <source>Protokoll &amp;genehmigen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="96"/>
        <source>In welcher späteren Sitzung und zu welchem TOP das Protokoll genehmigt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="101"/>
        <source>Versand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="160"/>
        <source>Zustand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="183"/>
        <source>gesperrt, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="186"/>
        <source>noch nicht genehmigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="196"/>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="308"/>
        <source>TOP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="199"/>
        <source>In dieser Sitzung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="238"/>
        <source>Protokoll versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="270"/>
        <source>Einwendung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="292"/>
        <source>Einwendung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="313"/>
        <source>%1. Sitzung am %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="325"/>
        <source>Es gibt noch keine spätere Sitzung, die stattgefunden hat; dort wird das Protokoll genehmigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation.py" line="332"/>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="45"/>
        <source>Berichtigung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="48"/>
        <source>z. B. Name falsch geschrieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="51"/>
        <source>Was richtig lautet, z. B. „Statt … muss es … heißen.“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="54"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="55"/>
        <source>&amp;Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="56"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="81"/>
        <source>Berichtigung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="82"/>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="134"/>
        <source>Berichtigung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="84"/>
        <source>Genehmigte Protokolle ändern sich nur durch eine Berichtigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="87"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="88"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="89"/>
        <source>Berichtigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="92"/>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="97"/>
        <source>Berichtigungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/corrections.py" line="93"/>
        <source>Die Berichtigungen des genehmigten Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../sro_desktop/ui/common/widgets.py" line="274"/>
        <source>„%1“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.03.2027.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDetails</name>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="81"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="82"/>
        <source>Ergebnis &amp;feststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="84"/>
        <source>Die Frist ist abgelaufen: das Ergebnis aus den Antworten bis zur Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="90"/>
        <source>Antworten bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="91"/>
        <source>Mit Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="92"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="93"/>
        <source>Zur &amp;Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="94"/>
        <source>Die Sitzung öffnen, in der beschlossen wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="103"/>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="104"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="105"/>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="106"/>
        <source>Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="107"/>
        <source>Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="108"/>
        <source>Abstimmungsregel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="109"/>
        <source>Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="113"/>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="139"/>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="124"/>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="304"/>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="329"/>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="130"/>
        <source>Befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="142"/>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="239"/>
        <source>Abstimmung nach Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="149"/>
        <source>Befangen (nicht mitgestimmt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="157"/>
        <source>Aufgaben aus diesem Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="158"/>
        <source>Aus diesem Beschluss folgen keine Aufgaben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="163"/>
        <source>Einen Beschluss in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="206"/>
        <source>Das Datum eines Beschlusses ist das Datum seiner Sitzung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="212"/>
        <source>Umlaufverfahren (schriftlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="215"/>
        <source>noch nicht abgestimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="237"/>
        <source>Antworten der befragten Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="238"/>
        <source>Antworten nach Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="326"/>
        <source>Ergebnis feststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="334"/>
        <source>Frist ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="343"/>
        <source>Titel des Beschlusses ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="347"/>
        <source>Wortlaut des Beschlusses ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="352"/>
        <source>Datum des Beschlusses ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="356"/>
        <source>Abstimmungsregel ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="115"/>
        <source>(kein Wortlaut erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="68"/>
        <source>Titel des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="70"/>
        <source>Datum des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="74"/>
        <source>Abstimmungsregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="249"/>
        <source>Keine Stimmen erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="254"/>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="254"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="254"/>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="255"/>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/details.py" line="280"/>
        <source>niemand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="68"/>
        <source>Titel des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="70"/>
        <source>Wortlaut des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="73"/>
        <source>Mehrheitsregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="75"/>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="150"/>
        <source>Verfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="86"/>
        <source>&amp;Alle dafür</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="87"/>
        <source>Alle anwesenden Stimmberechtigten stimmen mit Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="92"/>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="155"/>
        <source>Befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="116"/>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="166"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="340"/>
        <source>Regel von Beschluss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="359"/>
        <source>Abstimmung über %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="422"/>
        <source>Beschluss %1 ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="120"/>
        <source>Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="78"/>
        <source>Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="79"/>
        <source>offen: Zahlen je Seite · namentlich: die Stimme jedes Mitglieds · geheim: nur Zahlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="105"/>
        <source>– nicht erfasst –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="106"/>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="110"/>
        <source>Stimme des Vorsitzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="107"/>
        <source>Bei Stimmengleichheit entscheidet nach der Geschäftsordnung die Stimme des Vorsitzes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="113"/>
        <source>Beschlussfähigkeit bei diesem Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="119"/>
        <source>Votum der beratenden Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="121"/>
        <source>Wer hat den Beschluss, seine Abstimmung und Befangenheiten wann geändert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="143"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="144"/>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="145"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="152"/>
        <source>Stimmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="160"/>
        <source>Stimme des Vorsit&amp;zes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="276"/>
        <source>Stimmberechtigt anwesend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="298"/>
        <source>keine Stimme erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/decision_editor.py" line="329"/>
        <source>Beschluss %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="56"/>
        <source>Gremium filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="59"/>
        <source>Jahr filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="62"/>
        <source>Anzahl der Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="64"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="67"/>
        <source>&amp;Jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="71"/>
        <source>&amp;Umlaufbeschluss …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="72"/>
        <source>Umlaufbeschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="74"/>
        <source>Einen Beschluss im schriftlichen Verfahren (Umlaufverfahren) erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="76"/>
        <source>Beschluss &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="77"/>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="272"/>
        <source>Beschluss entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="79"/>
        <source>Nur der letzte Beschluss eines Jahres kann entfernt werden (Strg+Z holt ihn zurück); das Register bleibt lückenlos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="89"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="90"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="91"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="92"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="93"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="94"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="100"/>
        <source>Beschlussregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="101"/>
        <source>Alle Beschlüsse, die neuesten zuerst; Einzelheiten unter der Liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="131"/>
        <source>Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="135"/>
        <source>noch nicht abgestimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="139"/>
        <source>Umlaufverfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="141"/>
        <source>%1. Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="153"/>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="162"/>
        <source>Alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="225"/>
        <source>%1 Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="273"/>
        <source>Beschluss %1 „%2“ entfernen?

Strg+Z holt ihn zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="277"/>
        <source>Beschluss %1 entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/view.py" line="225"/>
        <source>%1 Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeputyDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="125"/>
        <source>Vertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="127"/>
        <source>Vertreten durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="128"/>
        <source>– neue Person –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="133"/>
        <source>Name der neuen Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="134"/>
        <source>Vorname Nachname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="137"/>
        <source>Für %1 ist keine Stellvertretung eingetragen. Wer vertritt in dieser Sitzung?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="142"/>
        <source>&amp;Vertreten durch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/attendance.py" line="143"/>
        <source>oder &amp;neue Person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="393"/>
        <source>Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="395"/>
        <source>Ab dem Tag danach zählt %1 nicht mehr zu den Mitgliedern. Die Mitgliedschaft bleibt für frühere Sitzungen und Protokolle erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="400"/>
        <source>&amp;Letzter Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="401"/>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../sro_desktop/ui/common/widgets.py" line="120"/>
        <source>Fehlermeldung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="193"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="196"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="198"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="200"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="201"/>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="203"/>
        <source>CSV für Excel (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="205"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="207"/>
        <source>&amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="208"/>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="210"/>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="67"/>
        <source>Mitglieder importieren – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="141"/>
        <source>Bitte die Spalte mit dem Nachnamen wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="155"/>
        <source>Mitglieder importieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="253"/>
        <source>Beschlussfähigkeit bei diesem TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="255"/>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="257"/>
        <source>Notizen zum Verlauf – Absätze; Aufzählungen mit „- “ am Zeilenanfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="259"/>
        <source>&amp;Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="271"/>
        <source>+ &amp;Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="274"/>
        <source>Aufgaben aus diesem TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="286"/>
        <source>&lt;b&gt;Beschlüsse&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="289"/>
        <source>&lt;b&gt;Aufgaben&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="326"/>
        <source>Kein TOP gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="338"/>
        <source> (vertagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="365"/>
        <source> · Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="391"/>
        <source>Beschluss %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="426"/>
        <source>Notizen zu TOP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="437"/>
        <source>Beschluss anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="471"/>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTaskDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="132"/>
        <source>Aufgabe verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="138"/>
        <source>&amp;Aufgabe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="150"/>
        <source>Aufgabe mit Meilenstein verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="131"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="160"/>
        <source>Suchen … (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="161"/>
        <source>Suche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="172"/>
        <source>%1 wird geöffnet …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="187"/>
        <source>&lt;b&gt;Demo-Daten&lt;/b&gt; – alle Namen sind erfunden. Zum Ausprobieren frei ändern; für die echte Arbeit eine leere Datei beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Leere Datei beginnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="199"/>
        <source>Keine Datei geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="207"/>
        <source>&amp;Neue Datei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="208"/>
        <source>Datei ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="209"/>
        <location filename="../../sro_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Demo öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="229"/>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Neu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="231"/>
        <source>Ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="235"/>
        <source>&amp;Kopie speichern unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="237"/>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="239"/>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="243"/>
        <source>&amp;Große Demo-Datei erzeugen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="249"/>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="251"/>
        <source>&amp;Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="259"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="261"/>
        <source>&amp;Protokoll der Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Einladung zur Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="265"/>
        <source>Beschluss&amp;kontrolle (Aufgaben) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="267"/>
        <source>Beschluss&amp;register …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Sachstandsbericht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="273"/>
        <source>&amp;Vorlagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="275"/>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="282"/>
        <source>&amp;Regeln (Beschlussfähigkeit, Mehrheiten) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="284"/>
        <source>Ü&amp;ber SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="307"/>
        <source>Datei nicht geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="317"/>
        <source>Neue SRO-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="321"/>
        <source>Datei nicht angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="322"/>
        <source>%1 gibt es schon. Bitte einen neuen Namen wählen oder die Datei öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="366"/>
        <source>Kopie speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="372"/>
        <source>Kopie nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="374"/>
        <source>Kopie gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="384"/>
        <source>(keine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="452"/>
        <source>Nichts gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="460"/>
        <source>%1 hat keinen Sitz in einem Gremium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="468"/>
        <source>Über SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="469"/>
        <source>SRO Desktop %1
Sitzungen, Beschlüsse und Aufgaben der Steuerungsgruppe Sozialraumorientierung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="101"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="101"/>
        <source>&amp;Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="103"/>
        <source>&amp;Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="104"/>
        <source>&amp;Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="105"/>
        <source>&amp;Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="106"/>
        <source>O&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="138"/>
        <source>Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="144"/>
        <source>&amp;Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="145"/>
        <source>&amp;Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="146"/>
        <source>Pr&amp;otokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="184"/>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="211"/>
        <source>Zustand: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="215"/>
        <source>– gesperrt, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="221"/>
        <source>Änderungen nur noch als Berichtigung: im Tab „Protokoll“ mit „Berichtigung erfassen …“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="227"/>
        <source>Abgesagt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="257"/>
        <source>Sitzung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="284"/>
        <source>Zustand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="88"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="90"/>
        <source>&amp;Neue Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="92"/>
        <source>Sitzung entfernen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="93"/>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="294"/>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="299"/>
        <source>Sitzung entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="95"/>
        <source>Eine Sitzung ohne Beschlüsse entfernen, etwa eine doppelt angelegte (Strg+Z holt sie zurück); eine Sitzung, die nicht stattfindet, wird abgesagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="100"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="101"/>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="102"/>
        <source>Zustand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="107"/>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="143"/>
        <source>Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="121"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="172"/>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="245"/>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="246"/>
        <source>Bitte zuerst eine Sitzung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="274"/>
        <source>Zuerst ein Gremium unter „Gremien &amp; Mitglieder“ anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="281"/>
        <source>Sitzung anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="295"/>
        <source>„%1“ mit Tagesordnung, Anwesenheit und Unterlagen entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="302"/>
        <source>Nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="193"/>
        <source>Mitglied bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="194"/>
        <source>Mitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="205"/>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="255"/>
        <source>Neue Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="209"/>
        <source>z. B. Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="216"/>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="229"/>
        <source>– keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="227"/>
        <source>stimmberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="231"/>
        <source>gültig v&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="232"/>
        <source>gültig &amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="237"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="239"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="241"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="242"/>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="243"/>
        <source>&amp;Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="244"/>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="245"/>
        <source>Tele&amp;fon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="246"/>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="248"/>
        <source>Mitgliedschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="250"/>
        <source>vertritt Organisat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="252"/>
        <source>&amp;Seite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="253"/>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="254"/>
        <source>Stimmrec&amp;ht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="256"/>
        <source>Neue Person als Stellvertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="265"/>
        <source>Stellvertret&amp;ung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="271"/>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="353"/>
        <source>Die Person wird mit diesen Angaben neu angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/dialogs.py" line="355"/>
        <source>Änderungen an den Angaben gelten für diese Person in allen Gremien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="195"/>
        <source>ab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="206"/>
        <source>ausgeschieden nach dem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="209"/>
        <source>Mitglied ab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="290"/>
        <source>Liste nicht lesbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="299"/>
        <source>Mitgliederliste %1 %2.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="301"/>
        <source>Mitgliederliste exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="343"/>
        <source>Mitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="344"/>
        <source>Mitglied bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/members.py" line="363"/>
        <source>Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="93"/>
        <source>Organisationen zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="101"/>
        <source>Alle Personen, Mitgliedschaften und Aufgaben der doppelten Organisation gehen auf die behaltene über; die doppelte wird entfernt. Strg+Z macht es rückgängig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="105"/>
        <source>&amp;Doppelt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="106"/>
        <source>&amp;Behalten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="107"/>
        <source>Zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="42"/>
        <source>Meilenstein bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="43"/>
        <source>Neuer Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="55"/>
        <source>%1. Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="66"/>
        <source>(kein Gremium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="71"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="72"/>
        <source>&amp;Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="73"/>
        <source>&amp;Zieljahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="74"/>
        <source>&amp;Quartal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="75"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="76"/>
        <source>&amp;Ebene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="77"/>
        <source>Qualitäts&amp;dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="79"/>
        <source>&amp;Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="80"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="115"/>
        <source>Meilenstein anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/dialogs.py" line="120"/>
        <source>Meilenstein ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesView</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="58"/>
        <source>Zeitleiste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="60"/>
        <source>Zu h&amp;eute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="61"/>
        <source>Die Zeitleiste zum heutigen Quartal rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="65"/>
        <source>Zum nächsten Meilenstein links außerhalb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="68"/>
        <source>Zum nächsten Meilenstein rechts außerhalb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="78"/>
        <source>&amp;Neuer Meilenstein …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="79"/>
        <source>Neuer Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="81"/>
        <source>Bearbe&amp;iten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="82"/>
        <source>Meilenstein bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="84"/>
        <source>Entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="85"/>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="379"/>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="382"/>
        <source>Meilenstein entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="87"/>
        <source>Den Meilenstein entfernen; verknüpfte Aufgaben bleiben und verlieren die Verknüpfung (Strg+Z holt beides zurück).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="103"/>
        <source>Status des Meilensteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="121"/>
        <source>Ziel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="122"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="123"/>
        <source>Ebene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="124"/>
        <source>Qualitätsdimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="125"/>
        <source>Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="126"/>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="127"/>
        <source>Fortschritt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="128"/>
        <source>Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="134"/>
        <source>Aufgabe &amp;verknüpfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="135"/>
        <source>Aufgabe verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="136"/>
        <source>Eine unerledigte Aufgabe mit diesem Meilenstein verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="146"/>
        <source>Aufgaben zu diesem Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="147"/>
        <source>Mit diesem Meilenstein sind keine Aufgaben verknüpft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="150"/>
        <source>Einen Meilenstein in der Zeitleiste anklicken oder mit den Pfeiltasten wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="183"/>
        <source>Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="198"/>
        <source>%2 von %1 Meilenstein erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="199"/>
        <source>%2 von %1 Meilensteinen erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="372"/>
        <source>Den Meilenstein „%1“ entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="374"/>
        <source>Die verknüpfte Aufgabe bleibt und verliert die Verknüpfung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="376"/>
        <source>Die %1 verknüpften Aufgaben bleiben und verlieren die Verknüpfung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="378"/>
        <source>Strg+Z holt ihn zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="399"/>
        <source>Es gibt keine unerledigte Aufgabe, die noch nicht mit diesem Meilenstein verknüpft ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="264"/>
        <source>◀ %1 &amp;frühere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="265"/>
        <source>%1 spä&amp;tere ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="313"/>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="320"/>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="322"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/view.py" line="331"/>
        <source>Status des Meilensteins ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesCheckList</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="42"/>
        <source>Proto&amp;koll prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="44"/>
        <source>Sucht, was vor dem Versand fehlt: Abstimmungen, Verantwortliche, Fälligkeiten, Anwesenheit, Ergebnisse der TOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="50"/>
        <source>Befunde der Protokollprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="52"/>
        <source>Doppelklick oder Eingabetaste führt zur Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="74"/>
        <source>Noch nicht geprüft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="96"/>
        <source>Keine Befunde: das Protokoll ist vollständig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="99"/>
        <source>%1 Befund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_check.py" line="99"/>
        <source>%1 Befunde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="48"/>
        <source>Ö&amp;ffentliche Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="49"/>
        <source>Ohne nichtöffentliche Tagesordnungspunkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="50"/>
        <source>&amp;Ergebnisprotokoll (ohne Verlauf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="53"/>
        <source>Protokoll e&amp;xportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="55"/>
        <source>E&amp;inladung exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="57"/>
        <source>nach dem Export ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="61"/>
        <source>Vorschau des Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="130"/>
        <source>Niederschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="130"/>
        <source> öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="132"/>
        <source>Protokoll exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="145"/>
        <source>Einladung exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="146"/>
        <source>Einladung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="157"/>
        <source>Ladungsfrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="168"/>
        <source>Zustand: eingeladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="171"/>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleInserter</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="147"/>
        <source>Textbaustein einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="156"/>
        <source>Textbaustein einfügen	Strg+Leertaste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../sro_desktop/ui/common/names.py" line="94"/>
        <source>%1. Sitzung · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="46"/>
        <source>Neue Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="56"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="56"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="57"/>
        <source>&amp;Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="57"/>
        <source>&amp;Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/view.py" line="58"/>
        <source>&amp;Ort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="90"/>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="100"/>
        <source>Einwendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="92"/>
        <source>Von (Mitglied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="93"/>
        <source>– andere Person, bitte Namen angeben –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="98"/>
        <source>Eingegangen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="103"/>
        <source>Erledigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="105"/>
        <source>Wie die Einwendung erledigt wurde, z. B. „im Entwurf berichtigt“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="108"/>
        <source>&amp;Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="109"/>
        <source>oder &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="110"/>
        <source>Eingegangen &amp;am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="111"/>
        <source>Ein&amp;wendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/circulation_dialogs.py" line="112"/>
        <source>E&amp;rledigung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="49"/>
        <source>Organisation bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="50"/>
        <source>Neue Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="52"/>
        <source>z. B. Kinder- und Jugendhilfe e. V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="54"/>
        <source>z. B. KJH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="56"/>
        <source>– keine Angabe –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="63"/>
        <source>Straße, PLZ Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="66"/>
        <source>&amp;Kurzname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="67"/>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="68"/>
        <source>An&amp;schrift:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsTab</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="225"/>
        <source>Organisation anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="242"/>
        <source>Organisation bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="256"/>
        <source>Organisationen zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="269"/>
        <source>Organisation entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="275"/>
        <source>Organisation nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnersEditor</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="35"/>
        <source>Verantwortliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="39"/>
        <source>Verantwortliche wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="41"/>
        <source>Seite der Verantwortlichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="42"/>
        <source>Gilt nur für Verantwortliche ohne Sitz im Gremium; sonst zählt die Seite ihrer Mitgliedschaft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="44"/>
        <source>Hinzu&amp;fügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="45"/>
        <source>Verantwortliche hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="46"/>
        <source>Wegnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="47"/>
        <source>Verantwortliche entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/owners.py" line="82"/>
        <source>(Seite aus der Mitgliedschaft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersBox</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="106"/>
        <source>Unterlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="111"/>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="115"/>
        <source>Unterlagen des TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="117"/>
        <source>Dateien zu diesem TOP, in der SRO-Datei gespeichert. Doppelklick öffnet, F2 benennt um, Entf entfernt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="119"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="120"/>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="137"/>
        <source>Datei an&amp;hängen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="138"/>
        <source>Datei anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="140"/>
        <source>Ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="141"/>
        <source>Unterlage öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="143"/>
        <source>Öffnet eine Kopie mit dem Programm des Systems; Änderungen an der Kopie kommen nicht in die SRO-Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="146"/>
        <source>Speichern &amp;unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="147"/>
        <source>Unterlage speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="149"/>
        <source>Entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="150"/>
        <source>Unterlage entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="151"/>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="224"/>
        <source>Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="190"/>
        <source>%1 Bytes · SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="216"/>
        <source>Das Protokoll ist genehmigt; die Unterlagen bleiben, wie sie sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="218"/>
        <source>Die Datei ist schreibgeschützt geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="221"/>
        <source>Dateien bis %1 MB; sie werden in der SRO-Datei gespeichert. Dateien lassen sich auch hierher ziehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="257"/>
        <source>Unterlage „%1“ anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="273"/>
        <source>Unterlage umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="286"/>
        <source>Unterlage „%1“ entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="313"/>
        <source>Die Kopie zum Öffnen ließ sich nicht schreiben: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="318"/>
        <source>Für „%1“ ist kein Programm eingerichtet. Bitte mit „Speichern unter …“ speichern und von dort öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="336"/>
        <source>„%1“ ließ sich nicht speichern: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="176"/>
        <source>%1 (Stellv.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="212"/>
        <source>Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="222"/>
        <source>Person entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="225"/>
        <source>Person nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="57"/>
        <source>Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="57"/>
        <source>Neue Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="59"/>
        <source>z. B. Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="65"/>
        <source>– keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="69"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="70"/>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="71"/>
        <source>&amp;Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="72"/>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="73"/>
        <source>Tele&amp;fon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="74"/>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="57"/>
        <source>Vorlage anwenden – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="64"/>
        <source>Erläuterung der Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="67"/>
        <source>Was sich ändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="68"/>
        <source>Seiten, Sitze laut GO und Mitglieder bleiben, wie sie sind. Strg+Z nimmt die Vorlage wieder zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="73"/>
        <source>&amp;Vorlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="74"/>
        <source>Bedeutet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="75"/>
        <source>Ändert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="76"/>
        <source>Vorlage &amp;anwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/presets.py" line="106"/>
        <source>nichts – die Regeln entsprechen schon dieser Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="64"/>
        <source>Datens&amp;chutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="65"/>
        <source>Auskunft über die gespeicherten Daten der Person; ehemalige Mitglieder anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="69"/>
        <source>&amp;Auskunft exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="70"/>
        <source>A&amp;nonymisieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="86"/>
        <source>Name, Vorname, Titel, E-Mail und Telefon durch „%1 …“ ersetzen; Beschlüsse, Anwesenheit und Protokolle bleiben vollständig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="96"/>
        <source>Die Datei ist schreibgeschützt geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="134"/>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="143"/>
        <source>Nicht anonymisiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="140"/>
        <source>Anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="147"/>
        <source>Anonymisiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationAnswer</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="136"/>
        <source>Empfehlung des Beirats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="146"/>
        <source>– noch keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="147"/>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="159"/>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="149"/>
        <source>Begründung der Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="152"/>
        <source>Beschluss zur Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="160"/>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="161"/>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="172"/>
        <source>Stand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="173"/>
        <source> · Antwort fällig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="174"/>
        <source>– keiner –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="212"/>
        <source>Antwort vorbereiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="221"/>
        <source>Empfehlung beantworten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="48"/>
        <source>Neue Empfehlung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="62"/>
        <source>Worum es geht, in einer Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="67"/>
        <source>Der Wortlaut der Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="68"/>
        <source>Antwort &amp;fällig bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="77"/>
        <source>Von Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="78"/>
        <source>An Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="79"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="80"/>
        <source>Beschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="81"/>
        <source>Sitzung des Beirats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="82"/>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="83"/>
        <source>Antwort fällig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="87"/>
        <source>&amp;Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="88"/>
        <source>&amp;An:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="89"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="90"/>
        <source>Beschlossen a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="91"/>
        <source>in der &amp;Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="92"/>
        <source>&amp;Wortlaut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="99"/>
        <source>Empfehlung &amp;erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/dialogs.py" line="122"/>
        <source>(ohne Sitzung)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="69"/>
        <source>Antwort fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="72"/>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="73"/>
        <source>Auf &amp;Tagesordnung setzen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="75"/>
        <source>Die Empfehlung als TOP in eine kommende Sitzung des angesprochenen Gremiums aufnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="78"/>
        <source>&amp;Zur Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="87"/>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="105"/>
        <source>Wortlaut der Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="91"/>
        <source>Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="92"/>
        <source>An:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="93"/>
        <source>Beschlossen am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="94"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="95"/>
        <source>Antwort fällig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="96"/>
        <source>Tagesordnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="115"/>
        <source>Antwort: Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="116"/>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="123"/>
        <source>Antwort mit Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="126"/>
        <source>Die Antwort mit Begründung, wie sie der Planungsgruppe mitgeteilt wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="129"/>
        <source>Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="131"/>
        <source>Beschluss zur Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="136"/>
        <source>Beantwortet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="149"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="150"/>
        <source>Ant&amp;wort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="152"/>
        <source>Besch&amp;luss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="154"/>
        <source>Beantwortet a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="156"/>
        <source>Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="157"/>
        <source>Wer hat die Empfehlung wann geändert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="162"/>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="167"/>
        <source>Eine Empfehlung in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="224"/>
        <source>%1 (%2. Sitzung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="230"/>
        <source>ohne Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="234"/>
        <source>(kein Wortlaut erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="236"/>
        <source>Antwort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="257"/>
        <source>TOP %1 der %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="260"/>
        <source>noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="276"/>
        <source>(kein Beschluss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="332"/>
        <source>Empfehlung beantworten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/editor.py" line="343"/>
        <source>Empfehlung %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="58"/>
        <source>Angesprochenes Gremium filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="60"/>
        <source>Nur unbeantw&amp;ortete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="62"/>
        <source>Nur Empfehlungen, die eingegangen, auf der Tagesordnung oder zurückgestellt sind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="64"/>
        <source>Anzahl der Empfehlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="65"/>
        <source>&amp;Neue Empfehlung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="66"/>
        <source>Eine eingegangene Empfehlung des Beirats erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="68"/>
        <source>Empfehlung entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="69"/>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="250"/>
        <source>Empfehlung entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="71"/>
        <source>Die zuletzt erfasste Empfehlung eines Jahres entfernen, etwa eine doppelt erfasste (Strg+Z holt sie zurück).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="75"/>
        <source>An &amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="86"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="87"/>
        <source>Beschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="88"/>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="89"/>
        <source>An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="90"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="92"/>
        <source>Antwort fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="93"/>
        <source>Beantwortet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="101"/>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="124"/>
        <source>Empfehlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="102"/>
        <source>Empfehlungen des Beirats, die neuesten zuerst; überfällige Antworten rot. Die Antwort wird unter der Liste erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="146"/>
        <source>%1 – überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="151"/>
        <source>von %1 an %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="155"/>
        <source>Die Antwort ist seit dem %1 überfällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="166"/>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="189"/>
        <source>%1 Empfehlung, %2 unbeantwortet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="190"/>
        <source>%1 Empfehlungen, %2 unbeantwortet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="251"/>
        <source>Empfehlung %1 entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="255"/>
        <source>Empfehlung %1 entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="258"/>
        <source>Nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="270"/>
        <source>Empfehlung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="285"/>
        <source>Keine Sitzung geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="286"/>
        <source>Für %1 ist keine kommende Sitzung angelegt. Legen Sie die Sitzung unter „Sitzungen“ an und setzen Sie die Empfehlung dann auf die Tagesordnung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/recommendations/view.py" line="294"/>
        <source>Empfehlung auf die Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="145"/>
        <location filename="../../sro_desktop/ui/backups.py" line="195"/>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="152"/>
        <source>Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="154"/>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="154"/>
        <source>Anlass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="154"/>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="174"/>
        <source>&amp;Wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="180"/>
        <source>Sicherungen von %1, die neueste zuerst. Der jetzige Stand wird vor dem Wiederherstellen gesichert und bleibt so erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="184"/>
        <source>Von %1 gibt es noch keine Sicherung. Sie wird beim Öffnen der Datei angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="196"/>
        <source>%1 durch die Sicherung vom %2 ersetzen?

Änderungen seit dieser Sicherung sind danach nur noch in der Sicherung des jetzigen Stands, die vorher angelegt wird.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultBox</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="43"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="48"/>
        <source>Ergebnis des TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="52"/>
        <source>&amp;Vorschlag übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="53"/>
        <source>Den Vorschlag aus dem Textbaustein in das Feld übernehmen, um ihn zu ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="71"/>
        <source>Ergebnis des TOP, wie es ins Protokoll kommt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="72"/>
        <source>Leer: ins Protokoll kommt der Vorschlag (grau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/result_text.py" line="98"/>
        <source>Ergebnis zu TOP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="110"/>
        <source>Namentliche Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="112"/>
        <source>Je Mitglied eine Stimme: Klick in die Spalte oder Taste J (Ja), N (Nein), E (Enthaltung), B (befangen), K (keine Stimme); danach ist das nächste Mitglied dran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="115"/>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="115"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="115"/>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="115"/>
        <source>Enth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="116"/>
        <source>bef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="116"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="117"/>
        <source>Wer die Stimme hält (ein Vertreter mit „i. V.“)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="118"/>
        <source>Ja (Taste J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="118"/>
        <source>Nein (Taste N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="119"/>
        <source>Enthaltung (Taste E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="119"/>
        <source>befangen (Taste B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="120"/>
        <source>keine Stimme (Taste K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="140"/>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="250"/>
        <source>Übrige mit Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="141"/>
        <source>Alle, die noch keine Stimme haben, stimmen mit Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="144"/>
        <source>Tasten: J Ja · N Nein · E Enth. · B befangen · K keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="149"/>
        <source>Stimmen je Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="204"/>
        <source>%1 (nicht anwesend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="243"/>
        <source>Stimme von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/roll_call.py" line="260"/>
        <source>Beschluss %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/rules_help.py" line="14"/>
        <location filename="../../sro_desktop/ui/rules_help.py" line="16"/>
        <source>Regeln</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="275"/>
        <source> Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="275"/>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="301"/>
        <source>– kein anderes Gremium –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="339"/>
        <source>Gremium ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="356"/>
        <source>Vorlage anwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="365"/>
        <source>Seite ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="378"/>
        <source>Seite hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../sro_desktop/ui/common/search_popup.py" line="34"/>
        <source>Suchergebnisse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidesModel</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="84"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/rules.py" line="84"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatutorySeats</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="58"/>
        <source>Sitze laut GO zusammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="59"/>
        <source>keine Seite mit Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="95"/>
        <source>Zusammen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="105"/>
        <source>%1 Sitz besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="105"/>
        <source>%1 Sitze besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="106"/>
        <source>%1 Sitz laut GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="106"/>
        <source>%1 Sitze laut GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="108"/>
        <source>, alle besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="109"/>
        <source>, %1 besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="111"/>
        <source> – %1 unbesetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="113"/>
        <source> – %1 mehr als vorgesehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="127"/>
        <source>wie besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="130"/>
        <source>Sitze laut GO: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="131"/>
        <source>Gesetzliche Zahl der stimmberechtigten Sitze dieser Seite (Sollzahl); „wie besetzt“: so viele, wie heute besetzt sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="140"/>
        <source>Besetzung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/seats.py" line="152"/>
        <source>Sitze laut GO ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="49"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="53"/>
        <source>Filter Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="54"/>
        <source>Filter Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="55"/>
        <source>Filter Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="56"/>
        <source>Filter Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="57"/>
        <source>Filter Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="58"/>
        <source>Filter Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="59"/>
        <source>nur &amp;überfällige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="60"/>
        <source>Nur überfällige Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="62"/>
        <source>Filter &amp;zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="63"/>
        <source>Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="65"/>
        <source>Anzahl der Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="69"/>
        <source>unerledigt (offen, in Arbeit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="70"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="76"/>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="76"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="77"/>
        <source>S&amp;eite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="78"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="79"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="80"/>
        <source>&amp;Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="138"/>
        <source>%1 Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="138"/>
        <source>%1 Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="146"/>
        <source>alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="150"/>
        <source>alle Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="153"/>
        <source>alle Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="156"/>
        <source>alle Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/filters.py" line="173"/>
        <source>alle Seiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="57"/>
        <source>Neue Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="62"/>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="65"/>
        <source>Verantwortlich %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="66"/>
        <source>&amp;Tandem (je eine Seite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="68"/>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="82"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="70"/>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="83"/>
        <source>Aus Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="71"/>
        <source>Aufgabe &amp;anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="76"/>
        <source>Auf&amp;gabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="79"/>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="80"/>
        <source>und</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="93"/>
        <source>– niemand –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="98"/>
        <source>– keiner –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/item_panel.py" line="117"/>
        <source>Aufgabe anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="56"/>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="153"/>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="60"/>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="62"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="66"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="67"/>
        <source>Mit Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="69"/>
        <source>Status der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="70"/>
        <source>Tandem aus beiden Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="71"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="73"/>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="75"/>
        <source>Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="77"/>
        <source>Aufgabe entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="78"/>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="241"/>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="246"/>
        <source>Aufgabe entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="79"/>
        <source>Die Aufgabe entfernen (Strg+Z holt sie zurück)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="80"/>
        <source>Eine Aufgabe in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="93"/>
        <source>Tite&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="94"/>
        <source>Beschre&amp;ibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="96"/>
        <source>Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="97"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="99"/>
        <source>&amp;Wiedervorlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="101"/>
        <source>Meile&amp;nstein:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="103"/>
        <source>Verantwortli&amp;che:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="155"/>
        <source>Aufgabe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="164"/>
        <source>(keine Wiedervorlage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="168"/>
        <source>(kein Meilenstein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="190"/>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="204"/>
        <source>Titel der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="207"/>
        <source>Beschreibung der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="211"/>
        <source>Fälligkeit der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="216"/>
        <source>Status „%1“ setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="220"/>
        <source>Tandem der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="225"/>
        <source>Wiedervorlage der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="229"/>
        <source>Meilenstein der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="234"/>
        <source>Verantwortliche der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/panel.py" line="242"/>
        <source>Die Aufgabe „%1“ entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../sro_desktop/ui/common/task_table.py" line="51"/>
        <source>Doppelklick öffnet die Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="66"/>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="67"/>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="68"/>
        <source>Verantwortliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="69"/>
        <source>Seite(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="70"/>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="73"/>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="74"/>
        <source>Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="117"/>
        <source>Tandem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="126"/>
        <source>Tandem aus beiden Seiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="142"/>
        <source>Überfällig seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="144"/>
        <source>Fällig in dieser Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/model.py" line="151"/>
        <source>(keine Wiedervorlage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="35"/>
        <source>Aufgabenliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="37"/>
        <source>Nach Fälligkeit geordnet. F2 oder Doppelklick ändert Titel, Fälligkeit, Status und Wiedervorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="64"/>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="64"/>
        <source>Titel (darf nicht leer sein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="69"/>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="69"/>
        <source>ohne Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/table.py" line="72"/>
        <source>Wiedervorlage in Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="58"/>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="103"/>
        <source>Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="216"/>
        <source>&amp;Verteilung der offenen Aufgaben · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="217"/>
        <source>alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="251"/>
        <source>&amp;Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="260"/>
        <source>Aufgabe „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="267"/>
        <source>Die Aufgabe braucht einen Titel; ohne Titel wird nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="281"/>
        <source>Titel der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="286"/>
        <source>Status „%1“ setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="291"/>
        <source>Fälligkeit der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="296"/>
        <source>Wiedervorlage der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/view.py" line="305"/>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="123"/>
        <source>Vorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="127"/>
        <source>Eigene Vorlagen: eine mitgelieferte Vorlage kopieren, in Word Briefkopf, Logo, Schriften und Texte ändern und hier auswählen. Leer heißt: mitgelieferte Vorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="132"/>
        <source>Vorlage für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="133"/>
        <source>mitgelieferte Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="135"/>
        <source>Auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="137"/>
        <source>Kopie zum Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="150"/>
        <source>Vorlage wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="157"/>
        <source>Vorlage kopieren nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="165"/>
        <source>Nicht kopiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextModulesTab</name>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="45"/>
        <source>Textbausteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="47"/>
        <source>Eigenen &amp;Baustein anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="49"/>
        <source>Baustein ent&amp;fernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="54"/>
        <source>Textbausteine &amp;des Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="60"/>
        <source>Name des Bausteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="67"/>
        <source>Text des Bausteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="72"/>
        <source>Standardtext &amp;wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="75"/>
        <source>Platzhalter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="76"/>
        <source>Doppelklick fügt den Platzhalter in den Text ein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="81"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="85"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="92"/>
        <source>Plat&amp;zhalter (Doppelklick fügt ein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="152"/>
        <source> (geändert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="176"/>
        <source>Eigener Baustein: in den Notizen eines TOP mit Strg+Leertaste einfügen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="177"/>
        <source>Ergebnis des TOP „%1“; bei der Sitzung überschreibbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="206"/>
        <source>Textbaustein „%1“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="223"/>
        <source>Textbaustein umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="242"/>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="244"/>
        <source>Eigener Baustein %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="246"/>
        <source>Textbaustein anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="260"/>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="266"/>
        <source>Textbaustein entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="261"/>
        <source>Den Textbaustein „%1“ entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/text_modules.py" line="280"/>
        <source>Standardtext wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="104"/>
        <source>Zeitleiste der Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="206"/>
        <source>keine Aufgaben verknüpft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="207"/>
        <source>%1/%2 Aufgaben erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="215"/>
        <source>keine Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="216"/>
        <source>Ausgewählt: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="220"/>
        <source>Heute ist der %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="221"/>
        <source>Meilensteine: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="222"/>
        <source>. Pfeiltasten links und rechts wählen den vorigen oder nächsten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="276"/>
        <source>Heute, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/milestones/timeline.py" line="363"/>
        <source>heute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteCounts</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="31"/>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="57"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="31"/>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="57"/>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="31"/>
        <source>Enth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="39"/>
        <source>Votum der beratenden Mitglieder (nicht bindend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="57"/>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/vote_counts.py" line="91"/>
        <source>%1 (%2 anwesend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadChart</name>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="27"/>
        <source>Offene Aufgaben je Seite und Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="41"/>
        <source>nach Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="42"/>
        <source>nach Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="49"/>
        <source>%1 %2 offen, davon %3 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="52"/>
        <source>Offene Aufgaben %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="53"/>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="59"/>
        <source>%1 · %2 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="100"/>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="100"/>
        <source>davon überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="118"/>
        <source>Offene Aufgaben %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/tasks/workload.py" line="126"/>
        <source>keine offenen Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenBallots</name>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="50"/>
        <source>keine Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="50"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="51"/>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="52"/>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="53"/>
        <source>widerspricht dem Verfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="54"/>
        <source>befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="91"/>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="91"/>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="92"/>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="92"/>
        <source>am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="105"/>
        <source>Antwort von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="109"/>
        <source>Datum der Antwort von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="111"/>
        <source>nach der Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="113"/>
        <source>Eine Antwort nach der Frist zählt nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="133"/>
        <source>Antwort von %1 erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_ballots.py" line="145"/>
        <source>Datum der Antwort von %1 ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenDecisionDialog</name>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="42"/>
        <source>Umlaufbeschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="57"/>
        <source>Der Tag, an dem der Vorschlag versandt wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="59"/>
        <source>Bis zu diesem Tag zählen die Antworten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="63"/>
        <source>Befragte Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="69"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="103"/>
        <source>Das Gremium hat an diesem Tag keine stimmberechtigten Mitglieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="107"/>
        <source>Gefragt wird das eine stimmberechtigte Mitglied des Gremiums; seine Antwort wird danach beim Beschluss im Register erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="110"/>
        <source>Gefragt werden die %1 stimmberechtigten Mitglieder des Gremiums; ihre Antworten werden danach beim Beschluss im Register erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="66"/>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="67"/>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="68"/>
        <source>&amp;Wortlaut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="70"/>
        <source>&amp;Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="71"/>
        <source>&amp;Regel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="123"/>
        <source>Bitte zuerst ein Gremium anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written.py" line="126"/>
        <source>Umlaufbeschluss fassen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenVotes</name>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_votes.py" line="50"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_votes.py" line="50"/>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_votes.py" line="50"/>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_votes.py" line="51"/>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/decisions/written_votes.py" line="80"/>
        <source>Antworten im Umlaufverfahren ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="75"/>
        <source>SRO-Datei öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="59"/>
        <source>Sitzung absagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="60"/>
        <source>Grund der Absage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="68"/>
        <source>Sitzung in der Zukunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="69"/>
        <source>Die Sitzung liegt in der Zukunft (%1). Trotzdem als durchgeführt markieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="93"/>
        <source>Exportiert nach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="98"/>
        <source>Exportiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="108"/>
        <source>Export nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="237"/>
        <source>Kein Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/exports.py" line="238"/>
        <source>Zuerst ein Gremium anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="24"/>
        <source>Auskunft %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="26"/>
        <source>Auskunft exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="27"/>
        <source>JSON-Datei (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="37"/>
        <source>Anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/privacy.py" line="38"/>
        <source>%1 anonymisieren?

Name, Vorname, Titel, E-Mail und Telefon werden durch „%2 …“ ersetzt; die bisherigen Angaben werden aus der Datei gelöscht. Beschlüsse, Anwesenheit, Aufgaben und Protokolle bleiben vollständig und zeigen künftig den neuen Namen. Frei geschriebene Texte (z. B. Notizen) und ältere Sicherungen bleiben unverändert.

Solange die Datei geöffnet ist, nimmt „Rückgängig“ das zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/common/widgets.py" line="363"/>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/common/widgets.py" line="364"/>
        <source>Diese Eingaben verletzen eine Regel und wurden nicht gespeichert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/member_import.py" line="49"/>
        <source>Mitgliederliste wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="130"/>
        <source>Organisation nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/organizations.py" line="131"/>
        <source>Jetzt mit einer anderen Organisation zusammenführen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/bodies/people.py" line="99"/>
        <source>Person anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="34"/>
        <source>Einladung exportiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/minutes_tab.py" line="35"/>
        <source>Die Sitzung ist noch „geplant“. Jetzt als „eingeladen“ markieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="79"/>
        <source>Datei anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="81"/>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="92"/>
        <source>Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/papers.py" line="91"/>
        <source>Unterlage speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="41"/>
        <source>Einladung versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="42"/>
        <source>Sitzung durchgeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="43"/>
        <source>Protokoll-Entwurf erstellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="44"/>
        <source>Protokoll versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="45"/>
        <source>Protokoll genehmigt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="46"/>
        <source>Sitzung absagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="49"/>
        <source>zurück: geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="50"/>
        <source>zurück: durchgeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="51"/>
        <source>zurück: Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/meetings/panel.py" line="52"/>
        <source>wieder planen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="227"/>
        <source>Sicherungen nicht lesbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="235"/>
        <location filename="../../sro_desktop/ui/backups.py" line="242"/>
        <source>Nicht wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="248"/>
        <source>Sicherung vom %1 wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/backups.py" line="250"/>
        <source>Der vorherige Stand ist gesichert (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="584"/>
        <source>Große Demo-Datei speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="587"/>
        <source>Große Demo-Datei wird erzeugt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="588"/>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="589"/>
        <source>Demo-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="603"/>
        <source>Abgebrochen; keine Datei angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sro_desktop/ui/main_window.py" line="606"/>
        <source>Demo-Datei nicht erzeugt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
