<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>%1. Sitzung am %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalten der Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nicht vorhanden –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zeilen der Liste und was der Import mit ihnen macht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus %1 werden Mitglieder für %2 gelesen. Personen und Organisationen, die es schon gibt, werden wiedererkannt; wer schon Mitglied ist, wird nicht noch einmal eingetragen. Zeilen mit Fehlern werden übersprungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellvertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied h&amp;inzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbei&amp;ten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied beende&amp;n …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder impo&amp;rtieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliederliste e&amp;xportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliederliste exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ehemalige &amp;zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ehemalige Mitglieder zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paritätisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimmberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der neuen Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kürzel der neuen Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite hin&amp;zufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umbenennen mit Doppelklick oder F2. Für die Parität zählen die stimmberechtigten Mitglieder der paritätischen Seiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie der Name nach „Sitzung“ lautet, z. B. „des Beirats“ – für Einladungen und Protokolle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Rostock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Ort im Unterschriftenblock des Protokolls: „Rostock, den …“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor&amp;lage anwenden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Regeln einer Geschäftsordnungs-Vorlage übernehmen; Seiten und Mitglieder bleiben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort der Unters&amp;chrift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeln der Geschäftsordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussfähig bei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussfähigkeit bezogen auf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jede paritätische Seite muss vertreten sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehrheit gemessen an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stichentscheid des Vorsitzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mehr als eine Stimme je Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerspruch stoppt das Umlaufverfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namen namentlicher Abstimmungen im Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladungsfrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mehr als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mindestens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mehr als oder mindestens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil der Stimmberechtigten als Bruch, z. B. 1/2 oder 2/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jede &amp;paritätische Seite muss vertreten sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bei Stimmengleichheit entscheidet die Stimme des Vorsitzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Person darf mehr als eine Stimme führen (Stimmrechtsübertragung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Widerspruch gegen das Umlaufverfahren stoppt es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namentliche Abstimmungen mit Namen ins Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stichentscheid: sonst ist ein Antrag bei Stimmengleichheit abgelehnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonst zählt eine Person, die zugleich eigenes Mitglied und Stellvertretung ist, nur einmal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonst entscheiden im Umlaufverfahren allein die Antworten nach der Beschlussregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezogen auf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitze laut GO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehrheit gemessen an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art&amp;ikel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geniti&amp;v:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ber&amp;ät:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>der Stimmberechtigten anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschl&amp;ussfähig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil für die Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss&amp;regel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vor der Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladungs&amp;frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>überfällig seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei wird benutzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schreibgeschützt öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sperre &amp;aufheben und bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sperre nur aufheben, wenn SRO Desktop auf %1 sicher nicht mehr läuft, etwa nach einem Absturz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie für einen anderen Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kopie bekommt eine eigene Kennung. Änderungen auf beiden Laptops lassen sich danach mit „Änderungen weitergeben“ und „Änderungen übernehmen“ zusammenführen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Laptop Geschäftsstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;dieses Laptops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Laptop Beirat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des anderen Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des &amp;anderen Laptops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen weitergeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an „%1“ (was „%1“ noch nicht hat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Änderungen (für jede Kopie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Für:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen übernehmen – Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus &lt;b&gt;%1&lt;/b&gt; von „%2“ würde Folgendes übernommen. Noch ist nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was auf beiden Laptops geändert wurde, wird nicht überschrieben: es wird als Konflikt zum Entscheiden angezeigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austausch einrichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Ordner: Pakete von Hand weitergeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner &amp;wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name dieses Laptops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austausch&amp;ordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Austauschordner (z. B. ein mit der Cloud der Stadt abgeglichener Ordner) legt das Programm beim Schließen die Änderungen dieser Datei ab und bietet beim Öffnen die Änderungen der anderen Laptops an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekannte Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuletzt übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuletzt weitergegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops, mit denen diese Datei Änderungen getauscht hat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Ordner %1 gibt es nicht. Bitte einen vorhandenen Ordner wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sperre aufheben?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sperre von %1 wirklich aufheben? Ist die Datei dort noch geöffnet, bearbeiten zwei Rechner sie zugleich: Änderungen gehen verloren, und die Datei kann beschädigt werden. Nur aufheben, wenn SRO Desktop auf %2 geschlossen oder abgestürzt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsicherer Speicherort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(schreibgeschützt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>älteres Datenformat: Stand beim Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achtung: Die genehmigte Sitzung %1 wurde an SRO Desktop vorbei gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achtung: Das Protokoll %1 wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achtung: %1 genehmigte Protokolle wurden nach der Genehmigung verändert oder gelöscht: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfung genehmigter Protokolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Einzelheiten: sro-desktop check --db DATEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungültige Werte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei enthält %n ungültige(n) Wert(e).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein anderes Programm hat Werte geschrieben, die SRO Desktop nicht lesen kann; die Listen zeigen sie rot als „ungültig: …“.

Einzelheiten: sro-desktop check --db DATEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eingetragen bei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Organisation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ent&amp;fernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe %1: Soll %2 · Ist %3 · Rest %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie für einen anderen &amp;Laptop …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen wei&amp;tergeben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen &amp;übernehmen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflikte &amp;entscheiden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Austausch einrichten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflikte &amp;entscheiden (%1) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflikte aus dem Austausch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Konflikt aus dem Austausch offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Konflikte aus dem Austausch offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum Entscheiden klicken (Datei › Konflikte entscheiden …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei meldet einen Fehler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name dieses Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie für „%1“ speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie nicht angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie für „%1“ gespeichert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht weitergegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket %2 mit %1 Einträgen gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket %2 mit 1 Eintrag gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei bitte auf den anderen Laptop bringen und dort mit Datei › Änderungen übernehmen … einlesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen übernehmen aus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts Neues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 von „%2“ ist nichts Neues: alle Änderungen sind schon übernommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernommen von „%1“: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschordner nicht beschrieben: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschordner nicht erreichbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Änderungen konnten nicht im Austauschordner abgelegt werden: %1

Verloren ist nichts: sie stehen in der Datei. Bitte den Ordner unter Datei › Austausch einrichten … prüfen oder die Änderungen mit Datei › Änderungen weitergeben … weitergeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen im Austauschordner abgelegt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Austauschordner %1 ist nicht erreichbar (Datei › Austausch einrichten …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen im Austauschordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Austauschordner liegen Änderungen von %1. Jetzt ansehen und übernehmen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflikte entscheiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Konflikte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschiede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je Feld den Wert ankreuzen, der gelten soll, dann „Auswahl übernehmen“ – oder alles von einer Seite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meine behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ihre übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auswahl übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine offenen Konflikte: alles ist entschieden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
von „%2“ – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von dem anderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von „%1“, eingetroffen am %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht entschieden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>keine Datei geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geöffnete Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebssystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol von SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungen, Beschlüsse und Aufgaben der Steuerungsgruppe Sozialraumorientierung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Angaben als Text in die Zwischenablage kopieren, etwa für eine Anfrage an den Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Auf die Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung %1 „%2“ in dieser Sitzung beraten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer in Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dauer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf &amp;Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vortrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>öff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (vertagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Dauer bitte in Minuten angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP verschieben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuen Tagesordnungspunkt anlegen (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard-TOPs einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offene Punkte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach oben (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach unten (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP &amp;löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der TOP wird vertagt; „Offene Punkte übernehmen“ bringt ihn in eine spätere Sitzung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Tagesordnungspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard-TOPs einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Standard-TOPs sind schon da.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Punkte übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Punkte übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernommen: %1 vertagte TOPs, %2 Aufgaben zur Wiedervorlage, %3 Empfehlungen des Beirats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP vertagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nicht mehr vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP verschieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Sitzungsgeldsätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seiten ohne Satz erhalten kein Sitzungsgeld; Gäste und die Protokollführung nie. Export › Sitzungsgeld … schreibt die Abrechnung eines Jahres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satz &amp;hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satz ä&amp;ndern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satz en&amp;tfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsgeld festlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsgeld ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsgeld entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesen Sitzungsgeldsatz entfernen? Die Abrechnung zählt ihn dann nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Die Änderung wurde nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigt in der Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigt in der &amp;Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zu &amp;TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– ohne TOP –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite, Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertreten durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ab TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis vor TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wechsel ab TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nicht erfasst –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ohne Stimmrecht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellvertretung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab diesem TOP übernimmt %1 den Sitz selbst von der Stellvertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab diesem TOP übernimmt die Stellvertretung den Sitz von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <source>anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entschuldigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertreten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheitsliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Mitglieder ohne eingetragenen Status als anwesend eintragen; „entschuldigt“, „vertreten“ usw. bleiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des Gastes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation des Gastes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gast hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;äste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gast hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Keine automatische Sicherung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische Sicherung angelegt (%1).</source>
        <translation>Automatic backup made (%1).</translation>
    </message>
</context>
<context>
    <name>BodiesView</name>
    <message>
        <source>Gremien &amp; Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Gremium in dieser Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legen Sie zuerst das Gremium an, dessen Sitzungen Sie vorbereiten und protokollieren – zum Beispiel die Steuerungsgruppe. Eine Steuerungsgruppe bekommt gleich die Seiten Verwaltung und Freie Träger (paritätisch) sowie Wissenschaft und Projektberatung; danach tragen Sie die Mitglieder ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gr&amp;emien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmberechtigte Mitglieder der paritätischen Seiten am heutigen Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium, Personen und Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seiten und Regeln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xtbausteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit&amp;zungsgeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch keine Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Steuerungsgruppe Sozialraumorientierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. SG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– kein anderes Gremium –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seiten des neuen Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeln des neuen Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kürzel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rtikel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;berät:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeln:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paritätisch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ohne Stimmrecht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sitze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 laut GO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – später unter „Seiten und Regeln“ änderbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach der Vorlage „%1“: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyKind</name>
    <message>
        <source>Steuerungsgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beirat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausschuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterausschuss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetArea</name>
    <message>
        <source>Hilfen zur Erziehung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jugend- und Jugendsozialarbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eltern- und Familienbildung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortbildung und Hospitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>%1: Soll %2, Ist %3, Rest %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Beträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Haushalt und Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt &amp; Stellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Stimme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widerspricht dem Verfahren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationDialog</name>
    <message>
        <source>Protokoll versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;E-Mail: Entwurf mit dem Protokoll im E-Mail-Programm öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versandt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. per Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;pfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versandt a&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entwurf ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute: der Entwurf geht jetzt hinaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. per E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationPanel</name>
    <message>
        <source>Protokoll ver&amp;senden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnet einen E-Mail-Entwurf mit dem Protokoll an die Mitglieder und hält den Versand fest; der Entwurf ist dann versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versandt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anmerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versand des Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann das Protokoll an wen versandt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein&amp;wendung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeite&amp;n …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwendung bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auch: eintragen, wie sie erledigt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwendungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwendungen gegen das Protokoll und wie sie erledigt wurden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dieser Sitzung genehmigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll &amp;genehmigen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In welcher späteren Sitzung und zu welchem TOP das Protokoll genehmigt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gesperrt, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht genehmigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dieser Sitzung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Entwurf wurde im E-Mail-Programm verworfen; kein Versand festgehalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwendung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwendung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Sitzung am %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt noch keine spätere Sitzung, die stattgefunden hat; dort wird das Protokoll genehmigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Berichtigung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Name falsch geschrieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was richtig lautet, z. B. „Statt … muss es … heißen.“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>Berichtigung erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichtigung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigte Protokolle ändern sich nur durch eine Berichtigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichtigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichtigungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Berichtigungen des genehmigten Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>„%1“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.03.2027.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDetails</name>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis &amp;feststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Frist ist abgelaufen: das Ergebnis aus den Antworten bis zur Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antworten bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zur &amp;Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sitzung öffnen, in der beschlossen wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmungsregel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung nach Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befangen (nicht mitgestimmt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgaben aus diesem Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus diesem Beschluss folgen keine Aufgaben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Beschluss in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Datum eines Beschlusses ist das Datum seiner Sitzung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umlaufverfahren (schriftlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht abgestimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antworten der befragten Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antworten nach Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis feststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel des Beschlusses ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wortlaut des Beschlusses ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des Beschlusses ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmungsregel ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Wortlaut erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmungsregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Stimmen erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niemand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Titel des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wortlaut des Beschlusses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehrheitsregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alle dafür</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle anwesenden Stimmberechtigten stimmen mit Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel von Beschluss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung über %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss %1 ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen: Zahlen je Seite · namentlich: die Stimme jedes Mitglieds · geheim: nur Zahlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nicht erfasst –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimme des Vorsitzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bei Stimmengleichheit entscheidet nach der Geschäftsordnung die Stimme des Vorsitzes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussfähigkeit bei diesem Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votum der beratenden Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer hat den Beschluss, seine Abstimmung und Befangenheiten wann geändert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimme des Vorsit&amp;zes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmberechtigt anwesend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Stimme erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRule</name>
    <message>
        <source>einfache Mehrheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweidrittelmehrheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreiviertelmehrheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute Mehrheit (der Mitglieder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doppelte Mehrheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>Gremium filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzahl der Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Umlaufbeschluss …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umlaufbeschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Beschluss im schriftlichen Verfahren (Umlaufverfahren) erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur der letzte Beschluss eines Jahres kann entfernt werden (Strg+Z holt ihn zurück); das Register bleibt lückenlos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Beschlüsse, die neuesten zuerst; Einzelheiten unter der Liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht abgestimmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umlaufverfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss %1 „%2“ entfernen?

Strg+Z holt ihn zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss %1 entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Beschlüsse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeputyDialog</name>
    <message>
        <source>Vertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertreten durch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– neue Person –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der neuen Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorname Nachname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für %1 ist keine Stellvertretung eingetragen. Wer vertritt in dieser Sitzung?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertreten durch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oder &amp;neue Person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab dem Tag danach zählt %1 nicht mehr zu den Mitgliedern. Die Mitgliedschaft bleibt für frühere Sitzungen und Protokolle erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letzter Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Fehlermeldung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV für Excel (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>Hansestadt Rostock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landesmodellprojekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenanteil der Träger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hilfe – SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilfetext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In der Hilfe suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In der Hilfe suchen … (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weitersuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Hilfe nicht gefunden

Die Hilfedateien fehlen in dieser Installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Treffer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nicht gefunden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen, neueste zuerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Änderungen aufgezeichnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frühere Änderungen sind nicht bekannt: der Verlauf wird erst seit der Aktualisierung der Datei geführt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Mitglieder importieren – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte die Spalte mit dem Nachnamen wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder importieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Beschlussfähigkeit bei diesem TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen zum Verlauf – Absätze; Aufzählungen mit „- “ am Zeilenanfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgaben aus diesem TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Beschlüsse&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Aufgaben&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein TOP gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vertagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen zu TOP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningDialog</name>
    <message>
        <source>Veranstaltung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Fortbildung oder Hospitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mehrtägig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Meilenstein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort / Gastgeber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ebene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mei&amp;lenstein:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;merkung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teil&amp;nehmende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningKind</name>
    <message>
        <source>Fortbildung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktikum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fachtag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningPanel</name>
    <message>
        <source>Fortbildungen und Hospitationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Veranstaltung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Veranstaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veranstaltung entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnahme&amp;bescheinigung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnahmebescheinigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bescheinigt einer teilnehmenden Person die Teilnahme (Word oder PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnahme je Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnahme nach Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnahme insgesamt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Organisation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niemand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Veranstaltung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Veranstaltung „%1“ mit ihren Teilnehmenden entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Veranstaltung hat keine Teilnehmenden; bitte zuerst welche eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnahmebescheinigung exportieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>heute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finanzierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soll Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ist Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soll gesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ist gesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>Haushaltsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues &amp;Jahr …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quartale zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus: nur Soll gesamt, Ist gesamt und Rest je Zeile (passt auf kleine Bildschirme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung zum Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltszeilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beträge in Euro, z. B. 1.234,56; F2 oder Doppelklick ändert eine Zelle, sie wird beim Verlassen gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe des Jahres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigt durch &amp;Beschluss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meilenstein:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;merkung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm Soll und Ist je Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm Soll und Ist je Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalts&amp;jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soll und Ist je Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soll und Ist je Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Jahre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Zeile gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltszeile ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemerkung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltszeile anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Zeile wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Haushaltszeile „%1“ entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Stelle wird aus ihr finanziert; sie bleibt, aber ohne Haushaltszeile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Stellen werden aus ihr finanziert; sie bleiben, aber ohne Haushaltszeile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltszeile entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTaskDialog</name>
    <message>
        <source>Aufgabe verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aufgabe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe mit Meilenstein verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Entwurf ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen … (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wird geöffnet …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo-Daten&lt;/b&gt; – alle Namen sind erfunden. Zum Ausprobieren frei ändern; für die echte Arbeit eine leere Datei beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leere Datei beginnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Datei geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Datei …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopie speichern unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;mo öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Große Demo-Datei erzeugen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protokoll der Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einladung zur Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss&amp;kontrolle (Aufgaben) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss&amp;register …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sachstandsbericht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorlagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;ber SRO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei nicht geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue SRO-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei nicht angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gibt es schon. Bitte einen neuen Namen wählen oder die Datei öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hat keinen Sitz in einem Gremium.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MajorityBase</name>
    <message>
        <source>Ja- gegen Nein-Stimmen (Enthaltungen zählen nicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgegebene Stimmen einschließlich Enthaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anwesende Stimmberechtigte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gesetzliche Mitgliederzahl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein&amp;ladung versenden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnet einen E-Mail-Entwurf mit der Einladung an die Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussfähigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;otokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustand: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– gesperrt, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen nur noch als Berichtigung: im Tab „Protokoll“ mit „Berichtigung erfassen …“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgesagt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <source>geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eingeladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durchgeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll-Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll genehmigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung entfernen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Sitzung ohne Beschlüsse entfernen, etwa eine doppelt angelegte (Strg+Z holt sie zurück); eine Sitzung, die nicht stattfindet, wird abgesagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Sitzung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuerst ein Gremium unter „Gremien &amp; Mitglieder“ anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ mit Tagesordnung, Anwesenheit und Unterlagen entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Mitglied bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimmberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig v&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig &amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliedschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertritt Organisat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmrec&amp;ht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Person als Stellvertretung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellvertret&amp;ung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Person wird mit diesen Angaben neu angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen an den Angaben gelten für diese Person in allen Gremien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>ab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ausgeschieden nach dem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied ab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste nicht lesbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliederliste %1 %2.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliederliste exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Organisationen zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Personen, Mitgliedschaften und Aufgaben der doppelten Organisation gehen auf die behaltene über; die doppelte wird entfernt. Strg+Z macht es rückgängig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doppelt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behalten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Meilenstein bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Quartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Gremium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zieljahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quartal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ebene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitäts&amp;dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneLevel</name>
    <message>
        <source>strategisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operativ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneState</name>
    <message>
        <source>geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzögert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesView</name>
    <message>
        <source>Zeitleiste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu h&amp;eute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zeitleiste zum heutigen Quartal rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum nächsten Meilenstein links außerhalb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum nächsten Meilenstein rechts außerhalb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuer Meilenstein …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbe&amp;iten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Meilenstein entfernen; verknüpfte Aufgaben bleiben und verlieren die Verknüpfung (Strg+Z holt beides zurück).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status des Meilensteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ebene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitätsdimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortschritt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe &amp;verknüpfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine unerledigte Aufgabe mit diesem Meilenstein verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgaben zu diesem Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit diesem Meilenstein sind keine Aufgaben verknüpft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Meilenstein in der Zeitleiste anklicken oder mit den Pfeiltasten wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortbildungen &amp;&amp; Hospitationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 von %1 Meilenstein erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 von %1 Meilensteinen erreicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Veranstaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Haushaltszeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Veranstaltungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Haushaltszeilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Meilenstein „%1“ entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verknüpft sind %1; sie bleiben und verlieren die Verknüpfung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Z holt ihn zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt keine unerledigte Aufgabe, die noch nicht mit diesem Meilenstein verknüpft ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ %1 &amp;frühere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spä&amp;tere ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status des Meilensteins ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesCheckList</name>
    <message>
        <source>Proto&amp;koll prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sucht, was vor dem Versand fehlt: Abstimmungen, Verantwortliche, Fälligkeiten, Anwesenheit, Ergebnisse der TOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befunde der Protokollprüfung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick oder Eingabetaste führt zur Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nicht geprüft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Befunde: das Protokoll ist vollständig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Befund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Befunde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Ö&amp;ffentliche Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne nichtöffentliche Tagesordnungspunkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ergebnisprotokoll (ohne Verlauf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll e&amp;xportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;inladung exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach dem Export ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau des Protokolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niederschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladungsfrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustand: eingeladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleInserter</name>
    <message>
        <source>Textbaustein einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbaustein einfügen	Strg+Leertaste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>%1. Sitzung · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Neue Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Einwendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von (Mitglied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– andere Person, bitte Namen angeben –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingegangen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie die Einwendung erledigt wurde, z. B. „im Entwurf berichtigt“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oder &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingegangen &amp;am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein&amp;wendung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rledigung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OparlExportDialog</name>
    <message>
        <source>OParl-Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreibt den öffentlichen Teil der Datei als OParl-1.1-Ordner (JSON) für das Ratsinformationssystem: Sitzungen mit öffentlichen Tagesordnungspunkten, Ergebnisse und genehmigte Niederschriften (öffentliche Fassung: sie nennt die Mitglieder, Gäste nur als Zahl), Empfehlungen, Mitglieder nur mit Namen. Nichtöffentliches und Kontaktdaten bleiben draußen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis-Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigte Niederschriften auch als &amp;PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigte Niederschriften auch als PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für das Archiv, neben der Word-Datei; LibreOffice braucht dafür einige Sekunden je genehmigter Niederschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dafür wird LibreOffice benötigt; es ist nicht installiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte einen Ordner wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Organisation bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Kinder- und Jugendhilfe e. V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. KJH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keine Angabe –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße, PLZ Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;schrift:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationKind</name>
    <message>
        <source>Amt/Verwaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freier Träger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hochschule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministerium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sonstige</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsTab</name>
    <message>
        <source>Organisation anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>angenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zurückgezogen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnersEditor</name>
    <message>
        <source>Verantwortliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortliche wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite der Verantwortlichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gilt nur für Verantwortliche ohne Sitz im Gremium; sonst zählt die Seite ihrer Mitgliedschaft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinzu&amp;fügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortliche hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortliche entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Seite aus der Mitgliedschaft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersBox</name>
    <message>
        <source>Unterlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlagen des TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien zu diesem TOP, in der SRO-Datei gespeichert. Doppelklick öffnet, F2 benennt um, Entf entfernt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei an&amp;hängen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnet eine Kopie mit dem Programm des Systems; Änderungen an der Kopie kommen nicht in die SRO-Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern &amp;unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Bytes · SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll ist genehmigt; die Unterlagen bleiben, wie sie sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist schreibgeschützt geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien bis %1 MB; sie werden in der SRO-Datei gespeichert. Dateien lassen sich auch hierher ziehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage „%1“ anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage „%1“ entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kopie zum Öffnen ließ sich nicht schreiben: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für „%1“ ist kein Programm eingerichtet. Bitte mit „Speichern unter …“ speichern und von dort öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ließ sich nicht speichern: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParitySide</name>
    <message>
        <source>Verwaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freie Träger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantChoice</name>
    <message>
        <source>Teilnahmebescheinigung für</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnehmende Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teilnehmende &amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Seite von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>%1 (Stellv.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nachname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Stelle bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbesetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>befristet bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 0,75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zur neuen Besetzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bezeichnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inhaber/in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arbeitgeber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besetzt a&amp;b:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besetzt bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nteil (Stelle):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;finanziert aus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;merkung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Besetzung ab diesem Tag; die bisherige (seit %1) endet am Tag davor.
Nur berichtigen: %1 eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <source>Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer welche Stelle wann innehatte; Doppelklick bearbeitet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Stelle …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle &amp;bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbesetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Stelle wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Stelle „%1“ entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Vorlage anwenden – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erläuterung der Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was sich ändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seiten, Sitze laut GO und Mitglieder bleiben, wie sie sind. Strg+Z nimmt die Vorlage wieder zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedeutet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage &amp;anwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nichts – die Regeln entsprechen schon dieser Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <source>Datens&amp;chutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft über die gespeicherten Daten der Person; ehemalige Mitglieder anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auskunft exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymisieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Vorname, Titel, E-Mail und Telefon durch „%1 …“ ersetzen; Beschlüsse, Anwesenheit und Protokolle bleiben vollständig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist schreibgeschützt geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht anonymisiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zurückgezogen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorSwitch</name>
    <message>
        <source>Projektoransicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeigt Gremium, Sitzung, den gewählten TOP und den Beschluss mit dem Ergebnis groß auf dem zweiten Bildschirm (Beamer); Esc schließt sie (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Sitzung · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projektoransicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel des TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votum der beratenden Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vertagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityDimension</name>
    <message>
        <source>Strukturqualität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prozessqualität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnisqualität</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuorumBase</name>
    <message>
        <source>gesetzliche Mitgliederzahl (Sollzahl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besetzte Sitze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Sitzungsgeld ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsgeld festlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig &amp;ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig b&amp;is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auch für Beschäftigte der &amp;Verwaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auch für Beschäftigte der Verwaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Sitzungsgeld erhalten die Mitglieder dieser Seite (oder ihre Vertretung) je Sitzung, an der sie teilgenommen haben; Beträge in Euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungs&amp;geld je Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fahrtkosten je Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>Stellvertretungen in &amp;Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Stellvertretungen der Mitglieder erhalten den Entwurf in Kopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zu fehlenden Adressen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;An</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationAnswer</name>
    <message>
        <source>Empfehlung des Beirats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– noch keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung der Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss zur Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Antwort fällig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keiner –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort vorbereiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung beantworten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Neue Empfehlung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum es geht, in einer Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Wortlaut der Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort &amp;fällig bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung des Beirats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wortlaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort fällig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;An:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in der &amp;Sitzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wortlaut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung &amp;erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ohne Sitzung)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Antwort fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf &amp;Tagesordnung setzen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Empfehlung als TOP in eine kommende Sitzung des angesprochenen Gremiums aufnehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zur Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wortlaut der Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort fällig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagesordnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort: Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort mit Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Antwort mit Begründung, wie sie der Planungsgruppe mitgeteilt wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss zur Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beantwortet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ant&amp;wort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besch&amp;luss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beantwortet a&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer hat die Empfehlung wann geändert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Empfehlung in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2. Sitzung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Wortlaut erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP %1 der %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Beschluss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung beantworten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationState</name>
    <message>
        <source>eingegangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auf Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teilweise angenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zurückgestellt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <source>Angesprochenes Gremium filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur unbeantw&amp;ortete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Empfehlungen, die eingegangen, auf der Tagesordnung oder zurückgestellt sind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzahl der Empfehlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Empfehlung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine eingegangene Empfehlung des Beirats erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die zuletzt erfasste Empfehlung eines Jahres entfernen, etwa eine doppelt erfasste (Strg+Z holt sie zurück).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beantwortet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungen des Beirats, die neuesten zuerst; überfällige Antworten rot. Die Antwort wird unter der Liste erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von %1 an %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Antwort ist seit dem %1 überfällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Empfehlung, %2 unbeantwortet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Empfehlungen, %2 unbeantwortet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung %1 entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung %1 entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für %1 ist keine kommende Sitzung angelegt. Legen Sie die Sitzung unter „Sitzungen“ an und setzen Sie die Empfehlung dann auf die Tagesordnung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung auf die Tagesordnung setzen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>ungültig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei enthält hier einen Wert, den das Programm nicht lesen kann (von einem anderen Programm geschrieben): %1. Einzelheiten: sro-desktop check --db DATEI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen von %1, die neueste zuerst. Der jetzige Stand wird vor dem Wiederherstellen gesichert und bleibt so erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von %1 gibt es noch keine Sicherung. Sie wird beim Öffnen der Datei angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 durch die Sicherung vom %2 ersetzen?

Änderungen seit dieser Sicherung sind danach nur noch in der Sicherung des jetzigen Stands, die vorher angelegt wird.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultBox</name>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis des TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorschlag übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Vorschlag aus dem Textbaustein in das Feld übernehmen, um ihn zu ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis des TOP, wie es ins Protokoll kommt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer: ins Protokoll kommt der Vorschlag (grau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis zu TOP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stellv. Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beratendes Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Namentliche Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je Mitglied eine Stimme: Klick in die Spalte oder Taste J (Ja), N (Nein), E (Enthaltung), B (befangen), K (keine Stimme); danach ist das nächste Mitglied dran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer die Stimme hält (ein Vertreter mit „i. V.“)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja (Taste J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein (Taste N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung (Taste E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>befangen (Taste B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Stimme (Taste K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übrige mit Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle, die noch keine Stimme haben, stimmen mit Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasten: J Ja · N Nein · E Enth. · B befangen · K keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmen je Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nicht anwesend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimme von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschluss %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTips</name>
    <message>
        <source>Einfache Mehrheit: mehr als die Hälfte der Bezugsgröße des Gremiums stimmt mit Ja (Voreinstellung: Ja gegen Nein, Enthaltungen zählen nicht). Bei Gleichstand abgelehnt, außer die Stimme des Vorsitzes entscheidet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweidrittelmehrheit: mindestens zwei Drittel der Bezugsgröße des Gremiums stimmen mit Ja (Ja und Nein, die abgegebenen Stimmen, die Anwesenden oder die Mitglieder laut Geschäftsordnung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreiviertelmehrheit: mindestens drei Viertel der Bezugsgröße des Gremiums stimmen mit Ja (Ja und Nein, die abgegebenen Stimmen, die Anwesenden oder die Mitglieder laut Geschäftsordnung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute Mehrheit: mehr als die Hälfte der Mitglieder laut Geschäftsordnung stimmt mit Ja, gleich wie viele anwesend sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelte Mehrheit: eine Mehrheit insgesamt und zugleich auf jeder paritätischen Seite (z. B. Verwaltung und freie Träger). Nur für Gremien mit zwei paritätischen Seiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsens: angenommen, wenn niemand mit Nein stimmt und mindestens eine Ja-Stimme da ist; Enthaltungen sind möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welche Mehrheit ein Beschluss braucht. Die Erklärung jeder Regel zeigt ihr Eintrag in der Liste; alles unter Hilfe › Regeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlussfähigkeit: das Gremium kann beschließen, wenn dieser Anteil der Stimmberechtigten anwesend ist (üblich: mehr als die Hälfte). Befangene zählen beim jeweiligen TOP nicht mit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezählt auf die Sollzahl der Sitze laut Geschäftsordnung: ein unbesetzter Sitz senkt die Hürde nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezählt auf die heute besetzten Sitze: unbesetzte Sitze zählen nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umlaufverfahren (schriftliche Beschlussfassung): alle stimmberechtigten Mitglieder werden mit einer Frist gefragt; Antworten nach der Frist zählen nicht. Ein Widerspruch gegen das Verfahren stoppt es, wenn die Geschäftsordnung das vorsieht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Regeln</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source> Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– kein anderes Gremium –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage anwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Suchergebnisse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidesModel</name>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatutorySeats</name>
    <message>
        <source>Sitze laut GO zusammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Seite mit Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sitz besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sitze besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sitz laut GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sitze laut GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, alle besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – %1 unbesetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – %1 mehr als vorgesehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie besetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitze laut GO: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesetzliche Zahl der stimmberechtigten Sitze dieser Seite (Sollzahl); „wie besetzt“: so viele, wie heute besetzt sind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besetzung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitze laut GO ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur &amp;überfällige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur überfällige Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzahl der Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unerledigt (offen, in Arbeit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Seiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>Neue Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortlich %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tandem (je eine Seite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus Beschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe &amp;anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf&amp;gabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>und</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– niemand –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keiner –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem aus beiden Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe entfe&amp;rnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Aufgabe entfernen (Strg+Z holt sie zurück)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Aufgabe in der Liste auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tite&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschre&amp;ibung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meile&amp;nstein:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortli&amp;che:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine Wiedervorlage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Meilenstein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fälligkeit der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status „%1“ setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortliche der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Aufgabe „%1“ entfernen?

Strg+Z holt sie zurück.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entfallen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Doppelklick öffnet die Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortliche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem aus beiden Seiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überfällig seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig in dieser Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine Wiedervorlage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <source>Aufgabenliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Fälligkeit geordnet. F2 oder Doppelklick ändert Titel, Fälligkeit, Status und Wiedervorlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel der Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel (darf nicht leer sein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage in Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksCalendarChoice</name>
    <message>
        <source>Termine der Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgaben von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aufgaben von</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verteilung der offenen Aufgaben · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verlauf …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Aufgabe braucht einen Titel; ohne Titel wird nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status „%1“ setzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fälligkeit der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage der Aufgabe ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Vorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigene Vorlagen: eine mitgelieferte Vorlage kopieren, in Word Briefkopf, Logo, Schriften und Texte ändern und hier auswählen. Leer heißt: mitgelieferte Vorlage. Die E-Mail-Texte sind Textdateien (UTF-8); ihre erste Zeile „Betreff: …“ ist der Betreff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitgelieferte Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie zum Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage kopieren nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht kopiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextModulesTab</name>
    <message>
        <source>Textbausteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenen &amp;Baustein anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baustein ent&amp;fernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbausteine &amp;des Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des Bausteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text des Bausteins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardtext &amp;wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platzhalter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick fügt den Platzhalter in den Text ein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat&amp;zhalter (Doppelklick fügt ein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (geändert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigener Baustein: in den Notizen eines TOP mit Strg+Leertaste einfügen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis des TOP „%1“; bei der Sitzung überschreibbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbaustein „%1“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbaustein umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigener Baustein %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbaustein anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbaustein entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Textbaustein „%1“ entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardtext wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Zeitleiste der Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Aufgaben verknüpft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 Aufgaben erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Meilensteine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgewählt: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute ist der %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilensteine: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Pfeiltasten links und rechts wählen den vorigen oder nächsten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteCounts</name>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votum der beratenden Mitglieder (nicht bindend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 anwesend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingMethod</name>
    <message>
        <source>offen (Zahlen je Seite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umlaufverfahren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadChart</name>
    <message>
        <source>Offene Aufgaben je Seite und Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 offen, davon %3 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Aufgaben %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>davon überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Aufgaben %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine offenen Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenBallots</name>
    <message>
        <source>keine Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widerspricht dem Verfahren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum der Antwort von %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach der Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Antwort nach der Frist zählt nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort von %1 erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum der Antwort von %1 ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenDecisionDialog</name>
    <message>
        <source>Umlaufbeschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Tag, an dem der Vorschlag versandt wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis zu diesem Tag zählen die Antworten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befragte Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Gremium hat an diesem Tag keine stimmberechtigten Mitglieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gefragt wird das eine stimmberechtigte Mitglied des Gremiums; seine Antwort wird danach beim Beschluss im Register erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gefragt werden die %1 stimmberechtigten Mitglieder des Gremiums; ihre Antworten werden danach beim Beschluss im Register erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wortlaut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst ein Gremium anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umlaufbeschluss fassen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenVotes</name>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antworten im Umlaufverfahren ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>SRO-Datei öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung absagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund der Absage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung in der Zukunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sitzung liegt in der Zukunft (%1). Trotzdem als durchgeführt markieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportiert nach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Sitzung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschriftenliste exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsgeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuerst ein Gremium anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-Datei (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anonymisieren?

Name, Vorname, Titel, E-Mail und Telefon werden durch „%2 …“ ersetzt; die bisherigen Angaben werden aus der Datei gelöscht. Beschlüsse, Anwesenheit, Aufgaben und Protokolle bleiben vollständig und zeigen künftig den neuen Namen. Frei geschriebene Texte (z. B. Notizen) und ältere Sicherungen bleiben unverändert.

Solange die Datei geöffnet ist, nimmt „Rückgängig“ das zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Eingaben verletzen eine Regel und wurden nicht gespeichert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliederliste wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation nicht entfernt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jetzt mit einer anderen Organisation zusammenführen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung exportiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sitzung ist noch „geplant“. Jetzt als „eingeladen“ markieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Haushaltsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltsjahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltsübersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV für Excel (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Haushalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es sind keine Haushaltszeilen erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung versenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail-Entwurf nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektoransicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bildschirm für die Projektoransicht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner für den OParl-Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welches Dokument drucken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken über Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum Drucken direkt aus SRO Desktop wird LibreOffice benötigt (kostenlos, www.libreoffice.org). Das Dokument kann stattdessen als Word-Datei im Textprogramm geöffnet und dort gedruckt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Word öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das PDF ließ sich nicht lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Drucker hat den Auftrag nicht angenommen. Bitte den Drucker prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finanzierung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Einladung versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung durchgeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll-Entwurf erstellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll versandt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll genehmigt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung absagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zurück: geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zurück: durchgeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zurück: Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wieder planen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Sicherungen nicht lesbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung vom %1 wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der vorherige Stand ist gesichert (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unterschriftenliste der Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung als Kalen&amp;dereintrag (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Termine der Aufgaben (.ics) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OParl …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Was ist neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regeln (Beschlussfähigkeit, Mehrheiten) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Große Demo-Datei speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Große Demo-Datei wird erzeugt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo-Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgebrochen; keine Datei angelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo-Datei nicht erzeugt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit&amp;zungsgeld …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Haushaltsübersicht …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Sitzung wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einladung als Kalendereintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne E-Mail-Adresse nicht eingeladen: %1. Die Adressen stehen bei den Personen (Gremien › Mitglieder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortlich: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuerst ein Gremium anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termine der Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
