<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 und %2 weitere</numerusform>
            <numerusform>%1 und %2 weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list (&quot;firefox, curl&quot;): the language&apos;s list separator.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two names of a list: &quot;firefox, curl and wget&quot; (%1 the others, %2 the last).</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Der gesamte Datenverkehr</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Der Datenverkehr von %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Favoriten-Host %1 ist aktiv</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Favoriten-Dienst %1 ist aktiv</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Favoriten-Programm %1 ist aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 Programm hat zum ersten Mal das Netz genutzt</numerusform>
            <numerusform>%1 Programme haben zum ersten Mal das Netz genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>%1 Adresse auf einer Sperrliste kontaktiert</numerusform>
            <numerusform>%1 Adressen auf Sperrlisten kontaktiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 Datenrate blieb über ihrer Grenze</numerusform>
            <numerusform>%1 Datenraten blieben über ihren Grenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 Favorit wurde aktiv</numerusform>
            <numerusform>%1 Favoriten wurden aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 Datenlimit überschritten</numerusform>
            <numerusform>%1 Datenlimits überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 Mitschnittproblem</numerusform>
            <numerusform>%1 Mitschnittprobleme</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Erste Verbindungen: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Es wurden Verbindungen zu %1 hergestellt, die auf Sperrlisten stehen.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Der Datenverkehr blieb über der Grenze: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Neuer Datenverkehr bei %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Der Datenverkehr hat das Limit überschritten: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Beim Mitschnitt gab es Probleme: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 hat zum ersten Mal das Netz genutzt</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 steht auf der Sperrliste %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: %3 s lang über %2</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: über dem Tageslimit von %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: über dem Monatslimit von %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>Der Adapter ist verschwunden</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>Der Mitschnitt wurde wegen eines Fehlers beendet</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>Der Mitschnitt verliert %1 der Frames</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 hat seine erste Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 hat seine erste Verbindung hergestellt (Benutzer %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Es wurde eine Verbindung zu %1 hergestellt; die Adresse ist in %2 als %3 eingetragen (Zeile %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 hat eine Verbindung zu %1 hergestellt; die Adresse ist in %2 als %3 eingetragen (Zeile %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Neuer Datenverkehr: %1 über %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Neuer Datenverkehr: %3 mit %1 über %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 lag %3 Sekunde lang über %2.</numerusform>
            <numerusform>%1 lag %3 Sekunden lang über %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 hat heute %2 erreicht und damit das Limit von %3 überschritten.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 hat in diesem Monat %2 erreicht und damit das Limit von %3 überschritten.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>In den letzten %3 s gingen %1 von %2 Frames verloren; der Computer oder Flowscope kommt nicht hinterher. Schränken Sie den Mitschnitt mit einem Filter ein oder schließen Sie andere rechenintensive Programme.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope konnte den Ordner %1 nicht anlegen und startet daher nicht bei der Anmeldung; prüfen Sie, ob Sie dort schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope konnte %1 nicht schreiben (%2) und startet daher nicht bei der Anmeldung; prüfen Sie, ob Sie in %3 schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope konnte %1 nicht entfernen (%2) und startet daher weiterhin bei der Anmeldung; prüfen Sie, ob Sie in %3 schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope konnte den Registrierungswert %1 nicht schreiben und startet daher nicht bei der Anmeldung; prüfen Sie, ob Ihr Konto ihn ändern darf, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope konnte den Registrierungswert %1 nicht entfernen und startet daher weiterhin bei der Anmeldung; prüfen Sie, ob Ihr Konto ihn ändern darf, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Zugriff verweigert: Flowscope darf %1 nicht lesen. Geben Sie Ihrem Benutzer Leserechte für die Datei oder kopieren Sie sie in einen Ihrer Ordner, und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Es gibt keinen Netzwerkadapter namens „%1“. Wählen Sie einen der Adapter auf der Startseite.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>Der Netzwerkadapter %1 wurde während des Mitschnitts deaktiviert oder ist verschwunden. Verbinden Sie ihn wieder und starten Sie erneut, oder wählen Sie auf der Startseite einen anderen Adapter; das bisher Mitgeschnittene bleibt sichtbar.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Es wurde kein Netzwerkadapter gewählt; wählen Sie einen auf der Startseite.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Flowscope schließen</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Im Infobereich weiter überwachen?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope kann bei geschlossenem Fenster weiter mitschneiden und Sie benachrichtigen; sein Symbol im Infobereich holt das Fenster zurück. Oder beenden Sie Flowscope und damit die Überwachung.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Im Infobereich lassen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Nicht mehr fragen (änderbar in den Einstellungen)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope konnte die Netzwerkadapter nicht auflisten (libpcap: %1); prüfen Sie, ob der Netzwerkstack des Systems funktioniert, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap konnte keinen Filter-Compiler vorbereiten (zu wenig Speicher?); versuchen Sie es erneut oder starten Sie Flowscope neu.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Der Mitschnittfilter „%1“ ist ungültig: %2; korrigieren Sie ihn (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>siehe `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger voll ist</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent des Datenträgers aufgebraucht ist</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>die Datei die größte zulässige Größe erreicht hat</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger einen Fehler gemeldet hat</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope darf %1 nicht schreiben (%2); wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 ist ein Ordner; geben Sie den Namen der zu schreibenden pcap-Datei an, z. B. %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>Der Ordner von %1 existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope kann %1 nicht anlegen (%2); wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Das Schreiben von %1 wurde nach %2 Frames beendet, weil %3 (%4); die Datei enthält diese Frames und bleibt lesbar, und der Mitschnitt läuft ohne Speichern weiter: Geben Sie Speicherplatz frei oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Das Schreiben von %1 wurde nach %2 Frames beendet, weil %3 (%4); der letzte Frame der Datei ist möglicherweise abgeschnitten, und der Mitschnitt läuft ohne Speichern weiter: Geben Sie Speicherplatz frei oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope kann %1 nicht schreiben, weil %2 (%3); geben Sie Speicherplatz frei oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>Das Schreiben von %1 ist beim Schließen der Datei fehlgeschlagen (%2); möglicherweise ist sie nicht vollständig auf dem Datenträger. Prüfen Sie sie oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 endet mitten in %2 (Byte-Offset %3): Die Datei ist abgeschnitten; %4 vollständiges Paket davor wurde gelesen.</numerusform>
            <numerusform>%1 endet mitten in %2 (Byte-Offset %3): Die Datei ist abgeschnitten; die %4 vollständigen Pakete davor wurden gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>Das Lesen von %1 ist bei Byte-Offset %2 fehlgeschlagen (%3); prüfen Sie den Datenträger oder kopieren Sie die Datei auf ein lokales Laufwerk.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 ist leer (0 Bytes) und enthält daher keine Pakete; wählen Sie eine Mitschnittdatei, die mit Wireshark, tcpdump oder Flowscope gespeichert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 ist nur %2 Byte lang, zu kurz für eine pcap- oder pcapng-Mitschnittdatei.</numerusform>
            <numerusform>%1 ist nur %2 Bytes lang, zu kurz für eine pcap- oder pcapng-Mitschnittdatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 ist keine pcap- oder pcapng-Mitschnittdatei (unbekannte magische Zahl %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 existiert nicht; prüfen Sie Dateinamen und Ordner.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope darf %1 nicht lesen; geben Sie Ihrem Benutzer Leserechte dafür oder kopieren Sie die Datei an einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1 kann nicht geöffnet werden (%2); prüfen Sie, ob auf die Datei zugegriffen werden kann.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 ist ein Ordner, keine Mitschnittdatei; wählen Sie eine .pcap- oder .pcapng-Datei darin.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>daher konnte kein Paket daraus gelesen werden (pcapfix kann die Datei möglicherweise reparieren).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>daher wurde das Lesen nach %1 Paket davor beendet (pcapfix kann die Datei möglicherweise reparieren).</numerusform>
            <numerusform>daher wurde das Lesen nach den %1 Paketen davor beendet (pcapfix kann die Datei möglicherweise reparieren).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Es wurde kein Netzwerkadapter gewählt; wählen Sie einen aus `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Starten Sie es mit Administratorrechten oder erteilen Sie einmalig die Capability: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 ist abgeschnitten: Die Datei hat nur %2 Bytes, weniger als der 24 Byte lange pcap-Dateiheader, wurde also wahrscheinlich nicht vollständig geschrieben oder kopiert.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 verwendet das pcap-Format in Version %2.%3, die Flowscope nicht lesen kann; wandeln Sie die Datei mit „Speichern unter“ in Wireshark in pcapng um.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 ist beschädigt: Der Header von Datensatz %2 bei Byte-Offset %3 gibt %4 erfasste Bytes an, mehr als das Limit von %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Es gibt keinen Netzwerkadapter namens „%1“; führen Sie `flowscope-cli interfaces` aus, um die Adapter aufzulisten, auf denen Sie mitschneiden können.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope hat keine Berechtigung, auf %1 mitzuschneiden. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>Der Netzwerkadapter %1 ist inaktiv; aktivieren Sie ihn (oder schließen Sie ihn an) und starten Sie den Mitschnitt erneut.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>Der Netzwerkadapter %1 unterstützt keinen Monitor-Modus; wählen Sie einen anderen Adapter.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope konnte den Mitschnitt auf %1 nicht starten (%2: %3); prüfen Sie den Adapter und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Der Mitschnittfilter „%1“ konnte auf %2 nicht eingerichtet werden (%3: %4); versuchen Sie es mit einem einfacheren Filter.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope konnte keinen Mitschnitt auf %1 vorbereiten (%2: %3); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>Der Netzwerkadapter %1 wurde während des Mitschnitts deaktiviert oder ist verschwunden (%2: %3); verbinden Sie ihn wieder oder wählen Sie mit `flowscope-cli interfaces` einen anderen Adapter.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>Der Mitschnitt auf %1 ist fehlgeschlagen (%2: %3); starten Sie den Mitschnitt erneut.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>Block %1 bei Byte-Offset %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 ist abgeschnitten: Die Datei endet innerhalb ihres pcapng-Section-Headers, wurde also wahrscheinlich nicht vollständig geschrieben oder kopiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 ist beschädigt: Der Section Header (%2) ist nur %3 Bytes lang (mindestens 28 sind nötig), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 verwendet pcapng-Version %2.%3, die Flowscope nicht lesen kann; speichern Sie die Datei mit Wireshark neu.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 ist beschädigt: Eine Option des Section Headers (%2) gibt %3 Bytes an, mehr als sein Block enthält, daher kann kein Paket daraus gelesen werden (pcapfix kann die Datei möglicherweise reparieren).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 ist beschädigt: Die Schnittstellenbeschreibung (%2) ist zu kurz.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 ist beschädigt: Eine Option der Schnittstellenbeschreibung (%2) gibt %3 Bytes an, mehr als ihr Block enthält, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 ist beschädigt: Der Section Header (%2) hat eine ungültige Byte-Order-Magic.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>hat eine Länge von %1 Bytes, weniger als das Minimum von 12 Bytes</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>hat eine Länge von %1 Bytes, die kein Vielfaches von 4 ist</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>gibt eine Länge von %1 Bytes an, mehr als jeder echte Block</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>hat ein abschließendes Längenfeld, das vom einleitenden abweicht (%1 statt %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>ist ein Paketblock, der für seine Felder zu kurz ist</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>gibt %1 erfasste Bytes an, mehr als sein Block enthält</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>verweist auf Schnittstelle %1, aber sein Abschnitt beschreibt davor nur %2 Schnittstelle</numerusform>
            <numerusform>verweist auf Schnittstelle %1, aber sein Abschnitt beschreibt davor nur %2 Schnittstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>ist ein Simple Packet Block, der für seine Felder zu kurz ist</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>ist ein Paket, aber sein Abschnitt beschreibt davor keine Schnittstelle</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 ist beschädigt: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap wurde nur für Administratoren installiert: Starten Sie Flowscope als Administrator oder installieren Sie Npcap ohne „Restrict Npcap driver&apos;s access to Administrators only“ neu.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>siehe die pcap-filter-Syntax unter %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Unter „%1“ gibt es noch keine Verlaufsdatenbank; Live-Mitschnitte legen sie an (die Desktop-App zeichnet sie auf, oder führen Sie flowscope-cli record aus).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>Die Verlaufsdatenbank „%1“ kann nicht gelesen werden (keine Berechtigung für sie oder, während aufgezeichnet wird, für ihren Ordner); lesen Sie sie als ihr Eigentümer oder kopieren Sie sie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>„%1“ ist eine Datenbank eines anderen Programms, kein Flowscope-Verlauf; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>Die Verlaufsdatenbank „%1“ wurde von einem neueren Flowscope geschrieben (Schema %2, dieses kennt bis %3); aktualisieren Sie Flowscope oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>Die Verlaufsdatenbank „%1“ ist beschädigt (Schemaversion %2, die kein Flowscope schreibt); legen Sie sie beiseite und beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>„%1“ enthält noch keinen Verlauf; Live-Mitschnitte werden darin aufgezeichnet.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Der Ordner für die Verlaufsdatenbank „%1“ kann nicht angelegt werden (%2); wählen Sie eine andere Datei oder erlauben Sie das Schreiben dort.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Die beschädigte Verlaufsdatenbank „%1“ konnte nicht beiseitegelegt werden (%2); verschieben oder löschen Sie sie selbst.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>Die Verlaufsdatenbank „%1“ ist von einem anderen Programm gesperrt; schließen Sie dieses Programm (oder wählen Sie eine andere Datei) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>Die Verlaufsdatenbank „%1“ kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung); erlauben Sie das Schreiben in sie und ihren Ordner oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>Die Verlaufsdatenbank „%1“ ist beschädigt; legen Sie sie beiseite und beginnen Sie eine neue (was darin aufgezeichnet wurde, kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Der Datenträger mit der Verlaufsdatenbank „%1“ ist voll; geben Sie Speicherplatz frei oder senken Sie das Größenlimit des Verlaufs und starten Sie dann die Aufzeichnung erneut.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Die Verlaufsdatenbank „%1“ kann nicht geöffnet werden; prüfen Sie, ob ihr Ordner existiert und beschreibbar ist, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Die Verlaufsdatenbank „%1“ kann nicht geöffnet werden (%2); prüfen Sie, ob ihr Ordner existiert und beschreibbar ist, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Die Verlaufsdatenbank „%1“ konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler); prüfen Sie den Datenträger, auf dem sie liegt.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Die Verlaufsdatenbank „%1“ konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler: %2); prüfen Sie den Datenträger, auf dem sie liegt.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>Die Verlaufsdatenbank „%1“ hat einen unerwarteten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>Die Verlaufsdatenbank „%1“ hat einen unerwarteten Fehler gemeldet (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Der Mitschnittfilter kann nicht auf den Link-Typ %1 angewendet werden; Frames dieses Typs wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>%1 Frames konnten nicht in %2 geschrieben werden, weil der Datenträger zu langsam war.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope dekodiert den Link-Typ %1 nicht: Seine Pakete werden als Nicht-IP gezählt und bilden keine Verbindungen; öffnen Sie den Mitschnitt in Wireshark, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Reverse-DNS ist abgeschaltet: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Prozesse können nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Der Kernel hat Socket-Ereignisse verworfen, weil der Ereignispuffer voll war; daher fehlt manchen kurzen Verbindungen möglicherweise das Programm. Vergrößern Sie den Ereignispuffer (Einstellungen oder --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>es ist ein unbekannter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Die Komponente „%1“ wurde beendet: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Der Collector „%1“ ließ sich nicht auflösen (%2); geben Sie eine Adresse oder einen bekannten Hostnamen an.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Es konnte kein UDP-Socket zum Collector %1 geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>AS-Nummern, aber keine Länder</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>Länder, aber keine AS-Nummern</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>weder Länder noch AS-Nummern</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>eine Länderdatenbank (GeoLite2 oder GeoIP2 Country oder City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>eine AS-Datenbank (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Die Datei „%1“ (%2) enthält %3; wählen Sie %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Die Datenbankdatei „%1“ existiert nicht; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei; wählen Sie eine .mmdb-Datei.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht gelesen werden (Zugriff verweigert); prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht geöffnet werden (%2); prüfen Sie den Datenträger und den Pfad.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Die Datenbankdatei „%1“ ist beschädigt: %2; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Die Datenbankdatei „%1“ konnte nicht gelesen werden; prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1“ ist keine MaxMind-DB-Datei (.mmdb), oder ihre Metadaten sind beschädigt; wählen Sie eine .mmdb-Datei von GeoLite2, GeoIP2, DB-IP oder IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht geladen werden (ihre Größenangaben passen nicht in den Speicher, daher ist sie wahrscheinlich beschädigt); laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>Die Suche nach %1 in „%2“ ist fehlgeschlagen (%3); laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Der Datensatz für %1 in „%2“ kann nicht gelesen werden (%3); laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht gelesen werden (%2); prüfen Sie den Datenträger und den Pfad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1“ ist leer; wählen Sie eine .mmdb-Datei von GeoLite2, GeoIP2, DB-IP oder IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1“ ist keine reguläre Datei; wählen Sie eine .mmdb-Datei von GeoLite2, GeoIP2, DB-IP oder IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Für eine private Kopie der Datenbankdatei „%1“ ist nicht genug Speicher frei (%2); schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Die Datenbankdatei „%1“ hat sich während des Lesens ständig geändert; versuchen Sie es erneut, sobald sie fertig geschrieben ist.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Die Sperrlisten-Datei %1 existiert nicht; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 ist ein Ordner, keine Sperrlisten-Datei; wählen Sie eine Listendatei darin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 ist keine reguläre Datei (sondern eine Pipe, ein Socket oder ein Gerät); wählen Sie eine Listendatei.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Die Sperrlisten-Datei %1 kann nicht gelesen werden (%2); prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 enthält Binärdaten (ein Nullbyte bei Byte-Offset %2) und ist daher keine Sperrliste im Textformat; wählen Sie eine IP/CIDR-Liste als Klartext.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>Das Lesen der Sperrlisten-Datei %1 ist nach %2 Bytes fehlgeschlagen; prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 enthält keine Adressen (die Datei ist leer oder enthält nur Kommentare); wählen Sie eine Liste mit mindestens einer IP-Adresse oder einem Präfix.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%1 Zeile in %2 ist kein Kommentar, aber weder eine IP-Adresse noch ein Präfix, daher ist die Datei keine Sperrliste; wählen Sie eine IP/CIDR-Liste als Klartext.</numerusform>
            <numerusform>Keine der %1 Zeilen in %2, die keine Kommentare sind, ist eine IP-Adresse oder ein Präfix, daher ist die Datei keine Sperrliste; wählen Sie eine IP/CIDR-Liste als Klartext.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 enthält mehr als ein Wort</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 ist keine IPv4- oder IPv6-Adresse und kein entsprechendes Präfix</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>Die Präfixlänge in %1 muss eine Zahl von 0 bis %2 sein</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Zeile %1 ist länger als %2 Zeichen und wird daher übersprungen (der Rest der Liste wird trotzdem geladen).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Zeile %1: %2, daher wird die Zeile übersprungen (der Rest der Liste wird trotzdem geladen).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Zeile %1: In %2 sind Bits über die Präfixlänge hinaus gesetzt; der Eintrag wird als %3 geladen.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Die Datei der bekannten Programme %1 ist keine reguläre Datei. Neue Programme werden nur gemerkt, bis Flowscope beendet wird.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Die Datei der bekannten Programme %1 kann nicht gelesen werden (%2). Neue Programme werden nur gemerkt, bis Flowscope beendet wird.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Die Datei der bekannten Programme %1 ist beschädigt (sie ist keine Liste von Programmen); verschieben Sie sie, um eine neue zu beginnen. Neue Programme werden nur gemerkt, bis Flowscope beendet wird.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Die Datei der bekannten Programme %1 konnte nicht bis zum Ende gelesen werden. Neue Programme werden nur gemerkt, bis Flowscope beendet wird.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Die Datei der bekannten Programme %1 kann nicht geschrieben werden (Schreiben von %2 fehlgeschlagen); neue Programme werden nur gemerkt, bis Flowscope beendet wird.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Die Datei der bekannten Programme %1 kann nicht ersetzt werden (%2); neue Programme werden nur gemerkt, bis Flowscope beendet wird.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Operation nicht erlaubt</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Kein passendes Gerät bzw. keine passende Adresse gefunden</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Ressource zurzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Nicht genügend Hauptspeicher verfügbar</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Gerät oder Ressource belegt</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Kein passendes Gerät gefunden</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Ungültiges Argument</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Zu viele offene Dateien im System</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Datenübergabe unterbrochen (broken pipe)</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Dateiname zu lang</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Nachricht zu lang</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Adressfamilie wird vom Protokoll nicht unterstützt</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Angeforderte Adresse kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Netzwerk ist nicht aktiv</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Verbindungsabbruch durch Software verursacht</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Verbindung vom Kommunikationspartner zurückgesetzt</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Kein Pufferspeicher verfügbar</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Transportendpunkt ist nicht verbunden</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Keine Route zum Host</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope verwendet stattdessen seine eingebaute Länderdatenbank.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope verwendet stattdessen seine eingebaute AS-Datenbank.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; auch die eingebaute Länderdatenbank kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; auch die eingebaute AS-Datenbank kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Die Länderdatenbank „%1“ wurde auf dem Datenträger geändert; Flowscope hat sie geprüft und verwendet sie wieder.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Die AS-Datenbank „%1“ wurde auf dem Datenträger geändert; Flowscope hat sie geprüft und verwendet sie wieder.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>Die Länderdatenbank hat sich während der Verwendung geändert: %1; Flowscope verwendet seine eingebaute Länderdatenbank, bis die Datei wieder verwendbar ist.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>Die AS-Datenbank hat sich während der Verwendung geändert: %1; Flowscope verwendet seine eingebaute AS-Datenbank, bis die Datei wieder verwendbar ist.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>IPFIX-Nachrichten konnten nicht an %1 gesendet werden: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Eine IPFIX-Nachricht konnte nicht an den Collector gesendet werden (%1); lauscht er auf %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>nur teilweise gesendet</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>der Collector nimmt die Nachrichten nicht schnell genug an (Puffer von %1 KiB voll)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 Adressen versucht: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>die Verbindung zum Collector ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>der Collector hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>der Collector hat die letzten Nachrichten nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>vor dem Öffnen von %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Das Mitschnitt-Hilfsprogramm %1 hat %2 nicht innerhalb von 30 Sekunden geöffnet; starten Sie den Mitschnitt erneut.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>während des Mitschnitts auf %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>durch Signal %1 beendet, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope konnte sein Mitschnitt-Hilfsprogramm nicht starten (pipe: %1); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope konnte sein Mitschnitt-Hilfsprogramm %1 nicht starten (%2); installieren Sie Flowscope neu oder setzen Sie FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>sein Status ist unbekannt</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Das Mitschnitt-Hilfsprogramm %1 wurde %2 unerwartet beendet (%3); starten Sie den Mitschnitt erneut und prüfen Sie das Systemprotokoll, falls es immer wieder beendet wird.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Das Mitschnitt-Hilfsprogramm %1 hat Daten gesendet, die Flowscope nicht lesen kann (%2); stellen Sie sicher, dass es zu dieser Flowscope-Version gehört, und starten Sie den Mitschnitt erneut.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Das Mitschnitt-Hilfsprogramm konnte seine Capabilities nicht abgeben (%1); der Mitschnitt funktioniert, aber das Hilfsprogramm läuft weiterhin mit erhöhten Rechten.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Das Lesen der Socket-Tabelle über netlink ist fehlgeschlagen (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 kann nicht gelesen werden (%2); die Socket-Tabelle ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Das Mitschnitt-Hilfsprogramm lädt diese Ereignisse.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF-Socket-Ereignisse sind nicht aktiv: %1; die Socket-Eigentümer werden stattdessen aus Momentaufnahmen der Socket-Tabelle ermittelt.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>Diese Flowscope-Version wurde ohne eBPF-Unterstützung gebaut (libbpf, clang oder bpftool fehlten beim Bauen)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>Um sie zu laden, sind root-Rechte oder die Capabilities CAP_BPF und CAP_PERFMON nötig (und ein Kernel, der nicht im Lockdown-Modus ist)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>Der Kernel hat den Tracker abgewiesen (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>Das Anhängen an Tracepoints erfordert root-Rechte oder CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>Dem Kernel fehlt ein Tracepoint, den sie benötigen (sock_send_length und sock_recv_length gibt es erst seit Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Der Tracker konnte nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>Der Kernel hat keine BTF-Typinformationen (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Die Socket-Eigentümer werden aus eBPF-Socket-Ereignissen (Kernel-Tracepoints) ermittelt, ersatzweise aus Momentaufnahmen der Socket-Tabelle.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Die Socket-Eigentümer werden wie gewählt aus Momentaufnahmen der Socket-Tabelle ermittelt.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Die Socket-Eigentümer werden aus Momentaufnahmen der Socket-Tabelle ermittelt: eBPF-Socket-Ereignisse gibt es nur unter Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Geben Sie die Adresse oder den Hostnamen des Collectors an, z. B. 192.0.2.10 oder collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Hostname; geben Sie etwa 192.0.2.10 oder collector.example.org an.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>Der Port „%1“ liegt außerhalb des gültigen Bereichs: Geben Sie eine Zahl von 1 bis 65535 an (IPFIX-Collectoren lauschen meist auf 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Der Hostname „%1“ lässt sich in keine Adresse auflösen; prüfen Sie die Schreibweise oder geben Sie die IP-Adresse des Collectors an.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Netze (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Unbekannte Anwendung</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Unbekannter Host</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Unbekannter Dienst</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Unbekanntes Land</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Unbekanntes Netz</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Noch kein Verlauf: Live-Mitschnitte werden in %1 aufgezeichnet (Einstellungen → Verlauf), und ihr Datenverkehr erscheint hier.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt oder keine Verlaufsdatenbank: Verschieben oder löschen Sie sie, dann beginnt der nächste Live-Mitschnitt eine neue.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>Diese Flowscope-Version wurde ohne eBPF-Unterstützung gebaut.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF-Socket-Ereignisse gibt es nur unter Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>Der Kernel hat keine BTF-Typinformationen.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>Das Mitschnitt-Hilfsprogramm benötigt für eBPF die Capabilities CAP_BPF und CAP_PERFMON.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF benötigt root-Rechte oder die Capabilities CAP_BPF und CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>Dem Kernel fehlen die nötigen Tracepoints (Linux 6.3 oder neuer).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Programme werden aus eBPF-Socket-Ereignissen ermittelt (vom Mitschnitt-Hilfsprogramm geladen), ersatzweise aus Momentaufnahmen.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Programme werden aus eBPF-Socket-Ereignissen ermittelt, ersatzweise aus Momentaufnahmen.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Programme werden wie gewählt aus Momentaufnahmen der Socket-Tabelle ermittelt.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Programme werden aus Momentaufnahmen der Socket-Tabelle ermittelt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n Socket-Ereignis ging verloren, weil der Ereignispuffer voll war; ein größerer Puffer behält sie.</numerusform>
            <numerusform>%n Socket-Ereignisse gingen verloren, weil der Ereignispuffer voll war; ein größerer Puffer behält sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 Jahr</numerusform>
            <numerusform>%1 Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>Der letzte Live-Mitschnitt (auf %1) wurde nicht fortgesetzt. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Die Datenraten-Regel „%1“ in den Einstellungen ist nicht lesbar und wird ignoriert. Legen Sie sie in den Einstellungen neu an.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Die Datenlimit-Regel „%1“ in den Einstellungen ist nicht lesbar und wird ignoriert. Legen Sie sie in den Einstellungen neu an.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>Der Favoriten-Host „%1“ ist keine IP-Adresse und wird ignoriert.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Der Favoriten-Dienst „%1“ hat nicht die Form tcp/443 und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … und %2 weitere fehlerhafte Zeilen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a blocklist file&apos;s name, %2 one of its problems (&quot;Line 12: …&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StarSupport</name>
    <message>
        <source>Unstar %1</source>
        <translation>Stern von %1 entfernen</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 mit Stern markieren</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Stern setzen oder entfernen</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Nur mit Stern markierte Einträge zeigen (Rechtsklick auf einen Eintrag oder Strg+D markiert ihn)</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Flowscope — %1</source>
        <translation>Flowscope — %1</translation>
    </message>
    <message>
        <source>Flowscope</source>
        <translation>Flowscope</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Empfangen %1 · Gesendet %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Spitze: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Mitschnitt läuft</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 ungelesene Benachrichtigung</numerusform>
            <numerusform>%1 ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>drahtlos</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Datenverkehr auf %1 in der letzten Minute</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 liefert keine Verkehrszähler</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Adresse auf Sperrliste</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Datenrate</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Favorit aktiv</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Datenlimit</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Mitschnittproblem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (stumm)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Nicht zugestellt: Benachrichtigungen waren stummgeschaltet.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Von dieser Anwendung ist für heute noch nichts im Verlauf.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Heute seit Mitternacht (Verlauf): %1 empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Datenrate empfangen + gesendet in der letzten Minute, das Neueste rechts</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Rate empfangen</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Rate gesendet</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Gesamt empfangen</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Gesamt gesendet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Doppelklick oder Eingabetaste zeigt die Verbindungen einer Anwendung</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Anwendungen sind nur bei Live-Mitschnitten bekannt: Starten Sie einen Mitschnitt auf einem Adapter, um zu sehen, welche Programme das Netz nutzen.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::CompactWindow</name>
    <message>
        <source>Flowscope</source>
        <translation>Flowscope</translation>
    </message>
    <message>
        <source>Double-click to go back to the main window; drag to move.</source>
        <translation>Doppelklick führt zum Hauptfenster zurück; Ziehen verschiebt.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Noch keine Anwendungen (nur bei Live-Mitschnitten)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Kompaktfenster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Kein Mitschnitt</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Angehalten auf %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Mitschnitt auf %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Lesen von %1 angehalten</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Hauptfenster zeigen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Alle Felder kopieren, eines pro Zeile</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Dienst-Port</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakete empfangen</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakete gesendet</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Rate empfangen</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Rate gesendet</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP-Flags</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>Flow-ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Namensquelle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Adressart</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Wählen Sie eine Verbindung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Nicht mehr in der Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 Byte)</numerusform>
            <numerusform>%1 (%2 Bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Jedes Protokoll</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Jede Richtung</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Überwiegend ausgehend</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Überwiegend eingehend</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adresse oder CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Eine Adresse (10.1.2.3, 2001:db8::1) oder ein Netz (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Jede Anwendung</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Land, AS oder Domain</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Ein Ländercode (US), eine AS-Nummer (AS15169) oder eine Domain (google.com passt auf www.google.com); mehrere, durch Leerzeichen getrennt, gelten alle</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Nur Verbindungen mit Datenverkehr im letzten Intervall</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Nur Verbindungen mit markiertem Host, Dienst oder markierter Anwendung</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Keine Adresse und kein Netz; der vorige Filter gilt weiter</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>verborgen (Benutzer %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Ein Socket des Benutzers %1: Starten Sie Flowscope mit mehr Rechten, um sein Programm zu sehen.</translation>
    </message>
    <message>
        <source>
pid %1</source>
        <translation>
PID %1</translation>
    </message>
    <message>
        <source>
path %1</source>
        <translation>
Pfad %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
Benutzer %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
Port %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Eine Mitschnittdatei hat keine aktuelle Rate; das Diagramm der Übersicht zeigt ihren Datenverkehr über die Zeit.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Bytes pro Sekunde im letzten Takt</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Nur bei Live-Mitschnitten: Eine Mitschnittdatei hat keine aktuelle Rate</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakete empfangen</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakete gesendet</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Rate empfangen</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Rate gesendet</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Das Programm, dem diese Verbindung gehört, ist unbekannt.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Flagge: %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Programmsymbol: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Benachrichtigen, wenn ein Programm zum ersten Mal das Netz nutzt</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Bei jeder Benachrichtigung einen Ton abspielen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (optional)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Jede Benachrichtigung wird zusätzlich als JSON-POST an diese Adresse gesendet (docs/notifications.md beschreibt den Inhalt).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Neue Programme:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Stumm:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Das ist keine http://- oder https://-Adresse; Benachrichtigungen werden nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Alle Benachrichtigungen bis %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Diese Regeln: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Nichts ist stummgeschaltet.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Diese Regel stummschalten</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Desktop-Benachrichtigungen über D-Bus sind hier nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 über %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Zur Ansicht geöffnete Mitschnittdateien werden nur an den Collector gesendet, wenn „Auch zur Ansicht geöffnete Mitschnittdateien senden“ unter Einstellungen → Export eingeschaltet ist.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Diese Flowscope-Version kann keine Flows an einen Collector senden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 Datensatz</numerusform>
            <numerusform>%1 Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 Nachricht</numerusform>
            <numerusform>%1 Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 in %2 gesendet, %3 verworfen.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Die Flows dieses Mitschnitts werden nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Sende an %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>Der letzte Mitschnitt ist beendet. An %1 gesendet: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Der Collector ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: sendet nicht</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: Collector nicht erreichbar</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 gesendet, %2 verworfen</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 gesendet</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>Flows an einen Collector senden (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Jede Verbindung geht mit dem Programm dahinter als IPFIX-Datensätze an einen Collector, den Sie betreiben (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Auch zur Ansicht geöffnete Mitschnittdateien senden</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Änderungen gelten ab dem nächsten Mitschnitt; ein laufender Mitschnitt sendet weiter wie begonnen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Adresse oder Hostname, z. B. 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (üblich; geht verloren, wenn der Collector nicht läuft)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (verbindet neu; puffert, solange der Collector nicht läuft)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Aktiv-Timeout:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Ein noch laufender Flow wird in diesem Abstand gemeldet.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Leerlauf-Timeout:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Ein Flow, der so lange keinen Verkehr hat, wird als beendet gemeldet.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>Observation-Domain-ID:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Enterprise-Nummer:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Die Private Enterprise Number, unter der Flowscopes eigene Elemente (Prozess-ID, Programmpfad, Hostname) gesendet werden.</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Der Standardwert 32473 ist die Nummer für Dokumentation aus RFC 5612: ein Platzhalter für Ihre eigene.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Diese Flowscope-Version kann keine Flows an einen Collector senden.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>link-lokal</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>reserviert (Bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS-Servername (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP-Host-Header</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS-Antwort</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS-PTR-Antwort</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>Reverse-DNS-Abfrage</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>Pkt/s</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kPkt/s</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>MPkt/s</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>GPkt/s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Hosts der Anwendung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: pro Tag über %2 Tage, und die wichtigsten Hosts im gezeigten Zeitraum</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Nach Anwendung gruppieren und eine in der Tabelle wählen, um ihre Nutzung pro Tag und ihre wichtigsten Hosts zu sehen.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Verlauf des Datenverkehrs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>↓ %1 %2</source>
        <translation>↓ %1 %2</translation>
    </message>
    <message>
        <source>↑ %1 %2</source>
        <translation>↑ %1 %2</translation>
    </message>
    <message>
        <source>↓ received · ↑ sent</source>
        <translation>↓ empfangen · ↑ gesendet</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 empfangen, %3 gesendet</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Alle: %1 empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Klicken listet die Verbindungen dieses Abschnitts</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Kein Datenverkehr in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>In diesem Zeitraum: %1 empfangen, %2 gesendet. Der meiste Datenverkehr: %3 (%4). Die verkehrsreichste Zeit: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Datenverkehr pro Tag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 empfangen, %3 gesendet</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Kein Datenverkehr in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>Über %1 Tage: %2 empfangen, %3 gesendet. Der verkehrsreichste Tag: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Die Tabelle der Verlaufsseite als CSV oder JSON schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Datenverkehr gesamt</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Ein Klick ins Diagramm listet die Verbindungen dieser Zeit.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Verbindungen im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Den Verlauf neu lesen (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Während %1 offene Verbindungen:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt, daher wird dieser Mitschnitt nicht aufgezeichnet (die Live-Ansicht läuft weiter); Beiseitelegen bewahrt sie unverändert und beginnt eine neue.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>Die Verlaufsdatenbank %1 ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Dieser Mitschnitt wird nicht aufgezeichnet; die Live-Ansicht läuft weiter.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope weiß nicht, wo der Verlauf abgelegt werden soll (kein Benutzerordner); wählen Sie eine Datenbankdatei unter Ansicht → Einstellungen → Verlauf.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Die beschädigte Verlaufsdatenbank wurde als %1 aufbewahrt; die Aufzeichnung geht in einer neuen weiter.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Die beschädigte Verlaufsdatenbank wurde als %1 aufbewahrt; der nächste Live-Mitschnitt beginnt eine neue.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Aufzeichnung pausieren</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Den Datenverkehr dieses Mitschnitts aus dem Verlauf heraushalten, bis die Aufzeichnung fortgesetzt wird</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Keine Datenbankdatei bekannt: Wählen Sie oben eine.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Noch nichts aufgezeichnet: Die Datei entsteht mit dem ersten aufgezeichneten Live-Mitschnitt.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, noch kein Datenverkehr aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, Datenverkehr von %2 bis %3, %4 Verbindung.</numerusform>
            <numerusform>%1, Datenverkehr von %2 bis %3, %4 Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Live-Mitschnitte im Verlauf aufzeichnen</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Zur Ansicht geöffnete Mitschnittdateien werden nie aufgezeichnet. „Aufzeichnung pausieren“ im Infobereich und im Menü Mitschnitt hält private Momente heraus.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Die Aufbewahrungsdauer gilt sofort auch für einen laufenden Mitschnitt; das Ein- oder Ausschalten der Aufzeichnung und eine andere Datenbankdatei gelten ab dem nächsten Live-Mitschnitt.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Aufbewahren</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> Verbindungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minuten für:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Stunden für:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Tage für:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Verbindungen, höchstens:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Größenlimit:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Ältere Minuten werden zu Stunden und Stunden zu Tagen zusammengefasst, die Summen bleiben also exakt. Über dem Größenlimit gehen die ältesten Zeilen zuerst: Verbindungen, dann Minuten, Stunden und Tage.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Verlaufsdatenbank-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Wieder den Standardort verwenden</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>Der Verlauf ist eine SQLite-Datei auf diesem Computer; nichts verlässt ihn. flowscope-cli report liest dieselbe Datei. Leeres Feld: der Standardort, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>hier unbekannt (kein Benutzerordner)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Enthält jetzt:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Verlaufsdatenbank wählen</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Verlaufsdatenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Strg+F: suchen; Strg+D: Host, Dienst oder Anwendung mit Stern markieren; Strg+Umschalt+C: Spalten wählen</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope spricht die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Mitschnitt läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Wählen Sie unter Ansicht → Einstellungen … eine andere Datei, oder leeren Sie das Feld, um die eingebaute zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>Mitschnittdatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Mitschnitt anhalten oder fortsetzen (Leertaste, Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Mitschnitt stoppen (Strg+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Über Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Mitschnitt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>An&amp;wendungen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Mitschnittdatei öffnen</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Mitschnittdateien (*.pcap *.pcapng *.cap *.dmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Ein Netzwerkmonitor: mit wem dieser Rechner spricht, live oder aus einer Mitschnittdatei.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;br&gt;Schneidet mit %4 mit.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS-Daten von &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; und &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flaggensymbole von &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Datenbanken gelesen mit libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Über Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 Paket</numerusform>
            <numerusform>%1 Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Programme werden während Live-Mitschnitten ermittelt.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Datenverkehr über die Zeit</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>letzte %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Doppelklick oder Eingabetaste zeigt die Verbindungen einer Meldung</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Noch keine Benachrichtigungen. Während eines Live-Mitschnitts erscheinen hier Meldungen: ein Programm, das zum ersten Mal das Netz nutzt, und die Regeln aus den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 von %2 ungelesen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Datenraten-Regeln</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Datenraten-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Datenrate über einer Grenze</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Datenvolumen-Limits</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Datenlimit hinzufügen</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Datenvolumen über einem Limit</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Gesamter Datenverkehr</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Leer: gesamter Datenverkehr; sonst Pfad oder Name eines Programms</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Sperrlisten-Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Sperrlisten wählen</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP-Listen (*.netset *.ipset *.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>IP/CIDR-Listen als Klartext (ein Eintrag pro Zeile, #-Kommentare, wie FireHOL sie veröffentlicht), IPv4 und IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Markierte Einträge</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Erneut benachrichtigen nach Ruhe von</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Markieren Sie Hosts, Dienste und Anwendungen auf den Seiten Übersicht, Untersuchen und Anwendungen mit einem Stern.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Empfangener IP-Verkehr</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Gesendeter IP-Verkehr</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Jeder mitgeschnittene Frame</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pakete/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Pakete in der letzten Sekunde</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Bisher gesehene Verbindungen</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Vom Kernel, vom Adapter oder in Flowscopes Warteschlange verlorene Frames</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Abgedeckte Mitschnittzeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datenverkehr&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>Bit/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>Pakete/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Wichtigste Anwendungen</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Ein Klick auf eine Anwendung zeigt ihre Verbindungen</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Wichtigste Hosts</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Wichtigste Dienste</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Ein Klick auf einen Eintrag zeigt seine Verbindungen</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Bisher gesehene Verbindungen (%1 jetzt in der Tabelle)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programme hinter Verbindungen</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Programme ermitteln über</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automatisch (eBPF, wo erlaubt, sonst Momentaufnahmen)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF-Socket-Ereignisse</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Nur Momentaufnahmen</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Ereignispuffer</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Gilt ab dem nächsten Live-Mitschnitt.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Programme ermitteln über:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Ereignispuffer:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Beiseitelegen und eine neue beginnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Länderdatenbank:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS-Datenbank:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Leer: die eingebauten DB-IP-Lite-Datenbanken. MMDB-Dateien von GeoLite2, GeoIP2, DB-IP und IPinfo funktionieren.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Hostnamen der Adressen nachschlagen (Reverse-DNS, Live-Mitschnitte)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Länderdatenbank-Datei</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS-Datenbank-Datei</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Eingebaut (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Datenbank wählen</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind-DB-Dateien (*.mmdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Die eingebaute Datenbank bleibt in Gebrauch.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Den Mitschnitt in einer pcap-Datei speichern</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Mitschnitt starten</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Mitschnittdatei öffnen …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Beobachten Sie Ihr Netz&lt;/h2&gt;Wählen Sie einen Adapter für einen Live-Mitschnitt oder öffnen Sie eine Mitschnittdatei.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Prüfe, ob Flowscope auf diesem Computer mitschneiden darf …</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>Mitschnitt-&amp;Filter:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF-Ausdruck, z. B. tcp port 443 oder host 10.0.0.1 (leer: alles)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Datei, in der der Mitschnitt gespeichert wird</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>mitschnitt.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Mitschnittdateien</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Zuletzt geöffnete Mitschnittdateien</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Kein Filter: Jedes Paket wird mitgeschnitten.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Zuerst den Mitschnittfilter korrigieren</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Mitschnitt speichern unter</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap-Dateien (*.pcap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Mitschnittdatei öffnen</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Mitschnitte (*.pcap *.pcapng *.cap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Mitschnittdateien lassen sich weiterhin öffnen.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Dateien, die Sie öffnen, stehen hier</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Flowscope bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Den letzten Live-Mitschnitt beim Start von Flowscope fortsetzen</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Startet Flowscope bei der Anmeldung im Infobereich, ohne Fenster.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Startet Flowscope ohne Mitschnittdatei oder Adapter, schneidet es wieder auf dem Adapter und mit dem Filter des letzten Live-Mitschnitts mit.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Design&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (ungültig)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Die Designdatei %1 wurde nicht verwendet: %2 Korrigieren Sie sie und wählen Sie sie dann erneut unter Ansicht → Design.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>die Datei ist größer als 64 KB; ein Design ist eine Liste weniger Farben (siehe docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>die Datei hat keine Zeile „name = …“; fügen Sie eine mit dem anzuzeigenden Namen hinzu.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>Zeile %1: „Schlüssel = Wert“ erwartet.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>Zeile %1: „%2“ ist doppelt angegeben; behalten Sie eine Angabe.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>Zeile %1: Der Name muss 1 bis 80 Zeichen UTF-8-Text lang sein.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>Zeile %1: based-on muss „light“ oder „dark“ sein.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>Zeile %1: unbekannter Schlüssel „%2“; docs/themes.md nennt die Schlüssel, die ein Design setzen darf.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>Zeile %1: „%2“ ist keine Farbe; schreiben Sie sie als #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Die Designdatei %1 ist schwer lesbar: %2 auf %3 hat nur einen Kontrast von %4:1, weniger als die 4,5:1, die Text braucht. Wählen Sie in der Datei Farben, die sich stärker unterscheiden.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 empfangen, %3 gesendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Datenverkehr über die Zeit</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Kein Datenverkehr</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Dateien: Ziehen zoomt in einen Zeitraum, Rechtsklick zoomt heraus (Tastatur: +, - und 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>kein Datenverkehr für %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Noch kein Datenverkehr.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Zuletzt: eingehend %1, ausgehend %2. Höchstwert: eingehend %3 um %4, ausgehend %5 um %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Fenster zeigen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Adapter wechseln</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Übersicht öffnen</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Anwendungen öffnen</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Benachrichtigungen öffnen</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Kompaktfenster</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich (GNOME braucht die Erweiterung AppIndicator), daher beendet das Schließen des Fensters Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich (GNOME braucht die Erweiterung AppIndicator), daher wird das Fenster gezeigt, statt minimiert zu starten.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Fenster verbergen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Keine Adapter</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Mitschnitt auf %1 nicht möglich</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope überwacht weiter</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Das Symbol im Infobereich holt das Fenster zurück; Beenden steht in seinem Menü.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Im Infobereich weiter überwachen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Beim Schließen des Fensters:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>es ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Der Benachrichtigungs-Webhook %1 ist fehlgeschlagen (%2); Meldungen stehen weiterhin auf der Seite Benachrichtigungen. Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
</context>
</TS>
