<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 en nog %2</numerusform>
            <numerusform>%1 en nog %2</numerusform>
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
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Al het verkeer</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Het verkeer van %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Favoriete host %1 is actief</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Favoriete dienst %1 is actief</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Favoriet programma %1 is actief</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 programma heeft voor het eerst het netwerk gebruikt</numerusform>
            <numerusform>%1 programma&apos;s hebben voor het eerst het netwerk gebruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Verbinding met %1 adres op een blokkeerlijst</numerusform>
            <numerusform>Verbindingen met %1 adressen op blokkeerlijsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 verkeerssnelheid bleef boven de limiet</numerusform>
            <numerusform>%1 verkeerssnelheden bleven boven hun limiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 favoriet werd actief</numerusform>
            <numerusform>%1 favorieten werden actief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 datalimiet overschreden</numerusform>
            <numerusform>%1 datalimieten overschreden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 probleem met de opname</numerusform>
            <numerusform>%1 problemen met de opname</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Eerste verbindingen: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Er zijn verbindingen gemaakt met %1, die op blokkeerlijsten staan.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Het verkeer bleef boven de limiet: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Er is verkeer gestart voor %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Het verkeer overschreed de datalimiet: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Er waren problemen met de opname: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 heeft voor het eerst het netwerk gebruikt</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 staat op blokkeerlijst %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: boven %2 gedurende %3 s</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: dagelijkse datalimiet van %2 overschreden</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: maandelijkse datalimiet van %2 overschreden</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>De adapter is verdwenen</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>De opname is door een fout gestopt</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>De opname verliest %1 van de frames</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 heeft zijn eerste verbinding gemaakt.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 heeft zijn eerste verbinding gemaakt (gebruiker %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Er is een verbinding gemaakt met %1, in %2 vermeld als %3 (regel %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 heeft verbinding gemaakt met %1, in %2 vermeld als %3 (regel %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Verkeer gestart: %1 via %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Verkeer gestart: %1 via %2 door %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 bleef %3 seconde lang boven %2.</numerusform>
            <numerusform>%1 bleef %3 seconden lang boven %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 bereikte vandaag %2, boven de limiet van %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 bereikte deze maand %2, boven de limiet van %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>%1 van %2 frames zijn in de laatste %3 s verloren gegaan; de computer of Flowscope kan het niet bijhouden. Beperk de opname met een filter of sluit andere zware programma&apos;s.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope kon de map %1 niet aanmaken en start daarom niet bij het aanmelden; controleer of je daar mag schrijven en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope kon %1 niet schrijven (%2) en start daarom niet bij het aanmelden; controleer of je naar %3 mag schrijven en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope kon %1 niet verwijderen (%2) en start daarom nog steeds bij het aanmelden; controleer of je naar %3 mag schrijven en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope kon de registerwaarde %1 niet schrijven en start daarom niet bij het aanmelden; controleer of je account deze mag wijzigen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope kon de registerwaarde %1 niet verwijderen en start daarom nog steeds bij het aanmelden; controleer of je account deze mag wijzigen en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Toegang geweigerd: Flowscope mag %1 niet lezen. Geef je gebruiker leesrechten op het bestand, of kopieer het naar een van je mappen, en open het opnieuw.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Er is geen netwerkadapter met de naam “%1”. Kies een van de adapters op de pagina Start.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>De netwerkadapter %1 is uitgeschakeld of verdwenen tijdens de opname. Sluit hem weer aan en begin opnieuw, of kies een andere adapter op de pagina Start; wat al is opgenomen, blijft zichtbaar.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Er is geen netwerkadapter gekozen; kies er een op de pagina Start.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Flowscope sluiten</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Blijven bewaken vanuit het systeemvak?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope kan met gesloten venster blijven opnemen en je meldingen sturen; het pictogram in het systeemvak brengt het venster terug. Of sluit af en stop met bewaken.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>In systeemvak houden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Niet meer vragen (te wijzigen in Instellingen)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope kon de lijst met netwerkadapters niet ophalen (libpcap: %1); controleer of het netwerk van het systeem werkt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap kon geen filtercompiler voorbereiden (onvoldoende geheugen?); probeer het opnieuw of start Flowscope opnieuw.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Het opnamefilter “%1” is ongeldig: %2; corrigeer het (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>zie `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf vol is</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum op is</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>het bestand de grootst toegestane omvang heeft bereikt</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>de schijf een fout heeft gemeld</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope mag %1 niet schrijven (%2); kies een map waarin je mag schrijven.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 is een map; geef de naam op van het pcap-bestand dat moet worden geschreven, bijv. %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>De map van %1 bestaat niet; maak hem aan of kies een andere locatie.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope kan %1 niet aanmaken (%2); kies een andere locatie.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Het schrijven van %1 is gestopt na %2 frames omdat %3 (%4); het bestand bevat die frames en blijft leesbaar, en de opname gaat door zonder op te slaan: maak ruimte vrij of kies een andere locatie.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Het schrijven van %1 is gestopt na %2 frames omdat %3 (%4); het laatste frame is mogelijk afgekapt, en de opname gaat door zonder op te slaan: maak ruimte vrij of kies een andere locatie.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope kan %1 niet schrijven omdat %2 (%3); maak ruimte vrij of kies een andere locatie.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>Het schrijven van %1 is mislukt bij het sluiten van het bestand (%2); mogelijk staat niet alles op de schijf, dus controleer het bestand of kies een andere locatie.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 eindigt midden in %2 (byte-offset %3): het bestand is afgekapt, en %4 volledig pakket daarvoor is gelezen.</numerusform>
            <numerusform>%1 eindigt midden in %2 (byte-offset %3): het bestand is afgekapt, en de %4 volledige pakketten daarvoor zijn gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>Het lezen van %1 is mislukt op byte-offset %2 (%3); controleer de schijf of kopieer het bestand naar een lokale schijf.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 is leeg (0 bytes) en bevat dus geen pakketten; kies een opnamebestand dat is opgeslagen door Wireshark, tcpdump of Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 is maar %2 byte lang, te kort voor een pcap- of pcapng-opnamebestand.</numerusform>
            <numerusform>%1 is maar %2 bytes lang, te kort voor een pcap- of pcapng-opnamebestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 is geen pcap- of pcapng-opnamebestand (onbekend magisch getal %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 bestaat niet; controleer de bestandsnaam en de map.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope mag %1 niet lezen; geef je gebruiker leesrechten op het bestand of kopieer het naar een andere plek.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1 kan niet worden geopend (%2); controleer of het bestand toegankelijk is.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 is een map, geen opnamebestand; kies een .pcap- of .pcapng-bestand in die map.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>dus er kon geen enkel pakket uit worden gelezen (pcapfix kan het bestand mogelijk herstellen).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>dus het lezen is gestopt na %1 pakket dat ervoor stond (pcapfix kan het bestand mogelijk herstellen).</numerusform>
            <numerusform>dus het lezen is gestopt na de %1 pakketten die ervoor stonden (pcapfix kan het bestand mogelijk herstellen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Er is geen netwerkadapter gekozen; kies er een uit `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Start Flowscope met beheerdersrechten, of ken het eenmalig de benodigde capability toe: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 is afgekapt: het is maar %2 bytes groot, minder dan de pcap-bestandsheader van 24 bytes, dus het is waarschijnlijk niet volledig geschreven of gekopieerd.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 gebruikt pcap-formaatversie %2.%3, die Flowscope niet kan lezen; zet het om naar pcapng met “Save As” in Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>pakket %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 is beschadigd: de header van record %2 op byte-offset %3 geeft %4 opgenomen bytes aan, meer dan de limiet van %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Er is geen netwerkadapter met de naam “%1”; voer `flowscope-cli interfaces` uit voor een lijst van de adapters waarop je kunt opnemen.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope heeft geen toestemming om op %1 op te nemen. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>De netwerkadapter %1 is uitgeschakeld; schakel hem in (of sluit hem aan) en start de opname opnieuw.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>De netwerkadapter %1 ondersteunt geen monitormodus; kies een andere adapter.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope kon de opname op %1 niet starten (%2: %3); controleer de adapter en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Het opnamefilter “%1” kon niet op %2 worden ingesteld (%3: %4); probeer een eenvoudiger filter.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope kon geen opname op %1 voorbereiden (%2: %3); probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>De netwerkadapter %1 is tijdens de opname uitgeschakeld of verdwenen (%2: %3); sluit hem weer aan of kies een andere adapter met `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>De opname op %1 is mislukt (%2: %3); start de opname opnieuw.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>blok %1 op byte-offset %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 is afgekapt: het eindigt binnen de pcapng-sectieheader, dus het is waarschijnlijk niet volledig geschreven of gekopieerd.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 is beschadigd: de sectieheader (%2) is maar %3 bytes lang (er zijn er minstens 28 nodig), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 gebruikt pcapng-versie %2.%3, die Flowscope niet kan lezen; sla het opnieuw op met Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 is beschadigd: een optie van de sectieheader (%2) geeft %3 bytes aan, meer dan het blok bevat, dus er kan geen enkel pakket uit worden gelezen (pcapfix kan het bestand mogelijk herstellen).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 is beschadigd: de interfacebeschrijving (%2) is te kort.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 is beschadigd: een optie van de interfacebeschrijving (%2) geeft %3 bytes aan, meer dan het blok bevat, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>blok %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 is beschadigd: de sectieheader (%2) heeft een ongeldig magisch getal voor de bytevolgorde.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>heeft een lengte van %1 bytes, minder dan het minimum van 12 bytes</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>heeft een lengte van %1 bytes, wat geen veelvoud van 4 is</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>geeft een lengte van %1 bytes aan, meer dan enig echt blok</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>heeft een afsluitend lengteveld dat afwijkt van het beginveld (%1 in plaats van %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>is een pakketblok dat te kort is voor zijn velden</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>geeft %1 opgenomen bytes aan, meer dan het blok bevat</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>verwijst naar interface %1, maar de sectie ervan beschrijft daarvoor maar %2 interface</numerusform>
            <numerusform>verwijst naar interface %1, maar de sectie ervan beschrijft daarvoor maar %2 interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>is een eenvoudig pakketblok dat te kort is voor zijn velden</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>is een pakket, maar de sectie ervan beschrijft daarvoor geen enkele interface</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 is beschadigd: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap is alleen voor beheerders geïnstalleerd: start Flowscope als beheerder, of installeer Npcap opnieuw zonder “Restrict Npcap driver&apos;s access to Administrators only”.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>zie de pcap-filter-syntaxis op %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Er is nog geen geschiedenisdatabase op “%1”; live-opnamen maken die aan (de desktop-app legt ze vast, of voer flowscope-cli record uit).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>De geschiedenisdatabase “%1” kan niet worden gelezen (geen rechten erop, of op de map ervan terwijl er wordt vastgelegd); lees hem als de eigenaar, of kopieer hem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>“%1” is een database van een ander programma, geen Flowscope-geschiedenis; kies een ander bestand.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>De geschiedenisdatabase “%1” is geschreven door een nieuwere Flowscope (schema %2, deze versie kent er tot en met %3); werk Flowscope bij of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>De geschiedenisdatabase “%1” is beschadigd (schemaversie %2, die geen enkele Flowscope schrijft); zet hem opzij en begin een nieuwe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>“%1” bevat nog geen geschiedenis; live-opnamen worden erin vastgelegd.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>De map voor de geschiedenisdatabase “%1” kan niet worden aangemaakt (%2); kies een ander bestand of sta schrijven daar toe.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>De beschadigde geschiedenisdatabase “%1” kon niet opzij worden gezet (%2); verplaats of verwijder hem zelf.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>De geschiedenisdatabase “%1” is vergrendeld door een ander programma; sluit dat programma (of kies een ander bestand) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>Er kan niet naar de geschiedenisdatabase “%1” worden geschreven (alleen-lezen of geen rechten); sta schrijven toe in de database en de map ervan, of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>De geschiedenisdatabase “%1” is beschadigd; zet hem opzij en begin een nieuwe (wat erin is vastgelegd, kan niet worden gelezen).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>De schijf met de geschiedenisdatabase “%1” is vol; maak ruimte vrij of verlaag de maximale grootte van de geschiedenis, en start het vastleggen daarna opnieuw.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>De geschiedenisdatabase “%1” kan niet worden geopend; controleer of de map ervan bestaat en beschrijfbaar is, of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>De geschiedenisdatabase “%1” kan niet worden geopend (%2); controleer of de map ervan bestaat en beschrijfbaar is, of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>De geschiedenisdatabase “%1” kon niet worden gelezen of beschreven (invoer-/uitvoerfout); controleer de schijf waarop hij staat.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>De geschiedenisdatabase “%1” kon niet worden gelezen of beschreven (invoer-/uitvoerfout: %2); controleer de schijf waarop hij staat.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>De geschiedenisdatabase “%1” gaf een onverwachte fout.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>De geschiedenisdatabase “%1” gaf een onverwachte fout (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Het opnamefilter kan niet worden toegepast op linktype %1; frames van dat type zijn weggelaten.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>%1 frames konden niet naar %2 worden geschreven omdat de schijf te traag was.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope decodeert linktype %1 niet: de pakketten ervan tellen als niet-IP en vormen geen verbindingen; open de opname in Wireshark om de inhoud ervan te zien.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Omgekeerde DNS staat uit: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Processen kunnen niet worden bepaald: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>De kernel heeft socketgebeurtenissen verworpen omdat de gebeurtenisbuffer vol was, waardoor sommige korte verbindingen mogelijk geen programma hebben; vergroot de gebeurtenisbuffer (Instellingen of --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>er is een onbekende fout opgetreden.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Het onderdeel “%1” is gestopt: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>De collector “%1” kon niet naar een adres worden omgezet (%2); geef een adres of een bekende hostnaam op.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Er kon geen UDP-socket naar de collector %1 worden geopend (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>AS-nummers maar geen landen</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>landen maar geen AS-nummers</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>geen landen en geen AS-nummers</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>een landendatabase (GeoLite2 of GeoIP2 Country of City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>een AS-database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Het bestand “%1” (%2) bevat %3; kies %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>geen type</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Het databasebestand “%1” bestaat niet; controleer het pad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>“%1” is een map, geen databasebestand; kies een .mmdb-bestand.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Het databasebestand “%1” kan niet worden gelezen (toegang geweigerd); controleer de rechten op het bestand.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Het databasebestand “%1” kan niet worden geopend (%2); controleer de schijf en het pad.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Het databasebestand “%1” is beschadigd: %2; download het opnieuw.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Het databasebestand “%1” kon niet worden gelezen; controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” is geen MaxMind DB-bestand (.mmdb) of de metadata ervan zijn beschadigd; kies een .mmdb-bestand van GeoLite2, GeoIP2, DB-IP of IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Het databasebestand “%1” kan niet worden geladen (de groottes die erin staan passen niet in het geheugen, dus het is waarschijnlijk beschadigd); download het opnieuw.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>Het opzoeken van %1 in “%2” is mislukt: %3; download het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Het record voor %1 in “%2” kan niet worden gelezen: %3; download het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Het databasebestand “%1” kan niet worden gelezen (%2); controleer de schijf en het pad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” is leeg; kies een .mmdb-bestand van GeoLite2, GeoIP2, DB-IP of IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” is geen gewoon bestand; kies een .mmdb-bestand van GeoLite2, GeoIP2, DB-IP of IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Er is onvoldoende geheugen voor een eigen kopie van het databasebestand “%1” (%2); sluit andere programma’s en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Het databasebestand “%1” bleef veranderen terwijl het werd gelezen; probeer het opnieuw zodra het volledig is geschreven.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Het blokkeerlijstbestand %1 bestaat niet; controleer het pad.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 is een map, geen blokkeerlijstbestand; kies een lijstbestand in die map.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 is geen gewoon bestand (maar een pipe, socket of apparaat); kies een lijstbestand.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Het blokkeerlijstbestand %1 kan niet worden gelezen (%2); controleer de rechten op het bestand.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 bevat binaire gegevens (een nulbyte op byte-offset %2) en is dus geen tekstuele blokkeerlijst; kies een IP/CIDR-lijst in platte tekst.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>Het lezen van het blokkeerlijstbestand %1 is mislukt na %2 bytes; controleer de schijf.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 bevat geen adressen (het is leeg of bevat alleen commentaar); kies een lijst met minstens één IP-adres of prefix.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>De %1 regel in %2 die geen commentaar is, is geen IP-adres of prefix, dus het bestand is geen blokkeerlijst; kies een IP/CIDR-lijst in platte tekst.</numerusform>
            <numerusform>Geen van de %1 regels in %2 die geen commentaar zijn, is een IP-adres of prefix, dus het bestand is geen blokkeerlijst; kies een IP/CIDR-lijst in platte tekst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 bevat meer dan één woord</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 is geen IPv4- of IPv6-adres of -prefix</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>de prefixlengte in %1 moet een getal van 0 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Regel %1 is langer dan %2 tekens en wordt daarom overgeslagen (de rest van de lijst wordt wel geladen).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Regel %1: %2, dus de regel wordt overgeslagen (de rest van de lijst wordt wel geladen).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Regel %1: in %2 zijn bits voorbij de prefixlengte gezet; het item wordt geladen als %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Het bestand met bekende programma’s %1 is geen gewoon bestand. Nieuwe programma’s worden alleen onthouden tot Flowscope wordt afgesloten.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Het bestand met bekende programma’s %1 kan niet worden gelezen (%2). Nieuwe programma’s worden alleen onthouden tot Flowscope wordt afgesloten.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Het bestand met bekende programma’s %1 is beschadigd (het is geen lijst van programma’s); verplaats het om een nieuw bestand te beginnen. Nieuwe programma’s worden alleen onthouden tot Flowscope wordt afgesloten.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Het bestand met bekende programma’s %1 kon niet tot het einde worden gelezen. Nieuwe programma’s worden alleen onthouden tot Flowscope wordt afgesloten.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Het bestand met bekende programma’s %1 kan niet worden geschreven (het schrijven van %2 is mislukt); nieuwe programma’s worden alleen onthouden tot Flowscope wordt afgesloten.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Het bestand met bekende programma’s %1 kan niet worden vervangen (%2); nieuwe programma’s worden alleen onthouden tot Flowscope wordt afgesloten.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Bewerking is niet toegestaan</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Invoer-/uitvoerfout</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Apparaat of adres bestaat niet</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Bron is tijdelijk niet beschikbaar</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Onvoldoende geheugen beschikbaar</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Toegang geweigerd</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Apparaat of bron is bezet</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Apparaat bestaat niet</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Is geen map</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is een map</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Ongeldig argument</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Te veel open bestanden in het systeem</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Te veel open bestanden</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Bestand is te groot</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Geen ruimte meer op apparaat</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Bestandssysteem is alleen-lezen</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Verbroken pipe</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Bestandsnaam is te lang</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Te veel niveaus van symbolische koppelingen</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Bericht is te lang</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Adresfamilie wordt niet ondersteund door protocol</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adres is al in gebruik</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Kan gevraagd adres niet toewijzen</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Netwerk is niet actief</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Netwerk is onbereikbaar</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Verbinding is door software afgebroken</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Verbinding is door de andere kant verbroken</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Geen bufferruimte beschikbaar</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Transporteindpunt is niet verbonden</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Time-out bij verbinding</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbinding geweigerd</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Geen route naar host</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Schijfquotum overschreden</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope gebruikt in plaats daarvan de ingebouwde landendatabase.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope gebruikt in plaats daarvan de ingebouwde AS-database.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; de ingebouwde landendatabase kan ook niet worden gebruikt (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; de ingebouwde AS-database kan ook niet worden gebruikt (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>De landendatabase “%1” is op de schijf gewijzigd; Flowscope heeft hem gecontroleerd en gebruikt hem weer.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>De AS-database “%1” is op de schijf gewijzigd; Flowscope heeft hem gecontroleerd en gebruikt hem weer.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>De landendatabase is tijdens het gebruik gewijzigd: %1; Flowscope gebruikt de ingebouwde landendatabase tot het bestand weer bruikbaar is.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>De AS-database is tijdens het gebruik gewijzigd: %1; Flowscope gebruikt de ingebouwde AS-database tot het bestand weer bruikbaar is.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>IPFIX-berichten konden niet naar %1 worden verzonden: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Een IPFIX-bericht kon niet naar de collector worden verzonden (%1); luistert die op %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>gedeeltelijk verzonden</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>de collector neemt berichten niet snel genoeg aan (wachtrij van %1 KiB is vol)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 adressen geprobeerd: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>de verbinding met de collector is mislukt (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>de collector heeft de verbinding gesloten</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>de collector heeft de laatste berichten niet op tijd aangenomen</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>vóór het openen van %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Het opnamehulpprogramma %1 heeft %2 niet binnen 30 seconden geopend; start de opname opnieuw.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>tijdens de opname op %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>afsluitstatus %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>beëindigd door signaal %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>beëindigd door signaal %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope kon zijn opnamehulpprogramma niet starten (pipe: %1); probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope kon zijn opnamehulpprogramma %1 niet starten (%2); installeer Flowscope opnieuw of stel FLOWSCOPE_CAPTURE=direct in.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>de status is onbekend</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Het opnamehulpprogramma %1 is %2 onverwacht gestopt (%3); start de opname opnieuw en controleer het systeemlogboek als het blijft stoppen.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Het opnamehulpprogramma %1 heeft gegevens verzonden die Flowscope niet kan lezen (%2); controleer of het bij deze versie van Flowscope hoort en start de opname opnieuw.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Het opnamehulpprogramma kon zijn capabilities niet opgeven (%1); de opname werkt, maar het hulpprogramma blijft met verhoogde rechten draaien.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Het lezen van de sockettabel via netlink is mislukt (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 kan niet worden gelezen (%2); de sockettabel is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Het opnamehulpprogramma laadt deze gebeurtenissen.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF-socketgebeurtenissen staan uit: %1; de socketeigenaren worden in plaats daarvan bepaald aan de hand van momentopnamen van de sockettabel.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>deze versie van Flowscope is gebouwd zonder eBPF-ondersteuning (libbpf, clang of bpftool ontbrak bij het bouwen)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>het laden ervan vereist rootrechten of de capabilities CAP_BPF en CAP_PERFMON (en een kernel die niet in lockdown-modus staat)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>de kernel heeft de tracker geweigerd (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>koppelen aan tracepoints vereist rootrechten of CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>de kernel mist een tracepoint dat ze nodig hebben (sock_send_length en sock_recv_length kwamen met Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>de tracker kon niet worden geopend (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>de kernel heeft geen BTF-typegegevens (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Socketeigenaren worden bepaald aan de hand van eBPF-socketgebeurtenissen (tracepoints van de kernel), met momentopnamen van de sockettabel als terugval.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Socketeigenaren worden zoals gekozen bepaald aan de hand van momentopnamen van de sockettabel.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Socketeigenaren worden bepaald aan de hand van momentopnamen van de sockettabel: eBPF-socketgebeurtenissen bestaan alleen op Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Geef het adres of de hostnaam van de collector op, bijv. 192.0.2.10 of collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>“%1” is geen IP-adres en geen hostnaam; geef er een op zoals 192.0.2.10 of collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>De poort “%1” valt buiten het bereik: geef een getal van 1 tot en met 65535 op (IPFIX-collectors luisteren meestal op 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>De hostnaam “%1” verwijst niet naar een adres; controleer de spelling of geef het IP-adres van de collector op.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Kan het rapport niet naar %1 schrijven: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Toepassingen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Netwerken (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Onbekende toepassing</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Onbekende host</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Onbekende dienst</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Onbekend land</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Onbekend netwerk</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Nog geen geschiedenis: live-opnamen worden vastgelegd in %1 (Instellingen → Geschiedenis), en hun verkeer verschijnt hier.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>De geschiedenisdatabase %1 is beschadigd of is geen geschiedenisdatabase: verplaats of verwijder het bestand, dan begint de volgende live-opname een nieuwe.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>dienst %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>toepassing %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>deze versie van Flowscope is gebouwd zonder eBPF-ondersteuning.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF-socketgebeurtenissen bestaan alleen op Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>de kernel heeft geen BTF-typegegevens.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>het opnamehulpprogramma heeft voor eBPF de capabilities CAP_BPF en CAP_PERFMON nodig.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF vereist rootrechten of de capabilities CAP_BPF en CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>de kernel mist de benodigde tracepoints (Linux 6.3 of nieuwer).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Programma’s worden bepaald aan de hand van eBPF-socketgebeurtenissen (geladen door het opnamehulpprogramma), met momentopnamen als terugval.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Programma’s worden bepaald aan de hand van eBPF-socketgebeurtenissen, met momentopnamen als terugval.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Programma’s worden zoals gekozen bepaald aan de hand van momentopnamen van de sockettabel.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Programma’s worden bepaald aan de hand van momentopnamen van de sockettabel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n socketgebeurtenis verloren omdat de gebeurtenisbuffer vol was; een grotere buffer houdt ze vast.</numerusform>
            <numerusform>%n socketgebeurtenissen verloren omdat de gebeurtenisbuffer vol was; een grotere buffer houdt ze vast.</numerusform>
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
        <translation>%1 u %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 jaar</numerusform>
            <numerusform>%1 jaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>De laatste live-opname (op %1) is niet hervat. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>De verkeerssnelheidsregel “%1” in de instellingen kan niet worden gelezen en wordt genegeerd. Voeg hem opnieuw toe in Instellingen.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>De datalimietregel “%1” in de instellingen kan niet worden gelezen en wordt genegeerd. Voeg hem opnieuw toe in Instellingen.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>De favoriete host “%1” is geen IP-adres en wordt genegeerd.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>De favoriete dienst “%1” heeft niet de vorm tcp/443 en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … en nog %2 regels met problemen.</translation>
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
        <translation>Ster verwijderen van %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 met ster markeren</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Ster toevoegen of verwijderen</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Alleen met ster</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Alleen items met ster tonen (klik met de rechtermuisknop op een item of druk op Ctrl+D om het met een ster te markeren)</translation>
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
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Ontvangen %1 · Verzonden %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Meeste verkeer: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Bezig met opnemen</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 ongelezen melding</numerusform>
            <numerusform>%1 ongelezen meldingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 wissen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in bedrijf</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>loopback</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>draadloos</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Verkeer op %1 in de laatste minuut</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 geeft geen verkeerstellers door</translation>
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
        <translation>Activiteit</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Adres op blokkeerlijst</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Verkeerssnelheid</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Favoriet actief</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Datalimiet</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Probleem met opname</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (gedempt)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Niet afgeleverd: meldingen waren gedempt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
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
        <translation>Van deze toepassing staat vandaag nog niets in de geschiedenis.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Vandaag sinds middernacht (geschiedenis): %1 ontvangen, %2 verzonden</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Snelheid ontvangen + verzonden in de laatste minuut, de nieuwste rechts</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID’s</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Snelheid ontvangen</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Snelheid verzonden</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Totaal ontvangen</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Totaal verzonden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>toepassing %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Toepassingen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Dubbelklik of druk op Enter om de verbindingen van een toepassing te onderzoeken</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Toepassingen zijn alleen bekend bij live-opnamen: start een opname op een adapter om te zien welke programma’s het netwerk gebruiken.</translation>
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
        <translation>Dubbelklik om terug te gaan naar het hoofdvenster; sleep om te verplaatsen.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Nog geen toepassingen (alleen bij live-opnamen)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Compact venster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Geen opname</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Gepauzeerd op %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Bezig met opnemen op %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Lezen van %1 gepauzeerd</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Bezig met lezen van %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Het hoofdvenster tonen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 byte)</numerusform>
            <numerusform>%1 (%2 bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopiëren</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Alle velden kopiëren, één per regel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Dienstpoort</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ontvangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes verzonden</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakketten ontvangen</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakketten verzonden</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Snelheid ontvangen</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Snelheid verzonden</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Eerst gezien</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP-vlaggen</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>Flow-ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID’s</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Opdrachtregel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostnaam</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Bron van de naam</translation>
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
        <translation>Soort adres</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Selecteer een verbinding om de details te zien.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Niet meer in de tabel</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Alleen actieve</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Alleen met ster</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindingen zoeken</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Elk protocol</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Elke richting</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Vooral uitgaand</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Vooral inkomend</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adres of CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Een adres (10.1.2.3, 2001:db8::1) of een netwerk (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Elke toepassing</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Land, AS of domein</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Een landcode (US), een AS-nummer (AS15169) of een domein (google.com omvat www.google.com); meerdere, gescheiden door spaties, gelden allemaal</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Alleen verbindingen met verkeer in het laatste interval</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Alleen verbindingen met een host, dienst of toepassing met ster</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Toepassing %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Geen adres of netwerk; het vorige filter blijft van kracht</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>verborgen (gebruiker %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Een socket van gebruiker %1: voer Flowscope uit met meer rechten om het programma ervan te zien.</translation>
    </message>
    <message>
        <source>
pid %1</source>
        <translation>
pid %1</translation>
    </message>
    <message>
        <source>
path %1</source>
        <translation>
pad %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
gebruiker %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
poort %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Een opnamebestand heeft geen actuele snelheid; de grafiek op Overzicht toont het verkeer ervan in de tijd.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Bytes per seconde in het laatste interval</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Alleen bij live-opnamen: een opnamebestand heeft geen actuele snelheid</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ontvangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes verzonden</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakketten ontvangen</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakketten verzonden</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Snelheid ontvangen</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Snelheid verzonden</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Eerst gezien</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Het programma dat eigenaar is van deze verbinding is niet bekend.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostnaam</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (via %2)</translation>
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
        <translation>Vlag van %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Programmapictogram van %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Melden wanneer een programma voor het eerst het netwerk gebruikt</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Bij elke melding een geluid afspelen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Dempen opheffen</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhookadres</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (optioneel)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Elke melding wordt ook als JSON-POST naar dit adres gestuurd (docs/notifications.md beschrijft de inhoud).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Nieuwe programma’s:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Geluid:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Gedempt:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Dit is geen http://- of https://-adres; er worden geen meldingen naartoe gestuurd.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Alle meldingen tot %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Deze regels: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Niets is gedempt.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Deze regel dempen</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Er is geen D-Bus-sessiebus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Bureaubladmeldingen via D-Bus zijn hier niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 via %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Opnamebestanden die ter inzage zijn geopend, worden niet naar de collector gestuurd, tenzij “Ook opnamebestanden versturen die ter inzage zijn geopend” is ingeschakeld in Instellingen → Export.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Deze versie van Flowscope kan geen flows naar een collector sturen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 record</numerusform>
            <numerusform>%1 records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 bericht</numerusform>
            <numerusform>%1 berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 verzonden in %2, %3 verworpen.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>De flows van deze opname worden niet verzonden: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Bezig met verzenden naar %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>De laatste opname is afgelopen. Verzonden naar %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>De collector is onbereikbaar: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: er wordt niet verzonden</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: collector onbereikbaar</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 verzonden, %2 verworpen</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 verzonden</translation>
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
        <translation>Flows naar een collector sturen (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Elke verbinding gaat, met het programma erachter, als IPFIX-records naar een collector die je zelf beheert (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Ook opnamebestanden versturen die ter inzage zijn geopend</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Wijzigingen gelden vanaf de volgende opname; een lopende opname blijft verzenden zoals bij de start.</translation>
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
        <translation>Adres of hostnaam, bijv. 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (gebruikelijk; gaat verloren als de collector niet draait)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (maakt opnieuw verbinding; houdt een wachtrij bij zolang de collector niet draait)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Actieve time-out:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Een flow die nog loopt, wordt met deze tussenpoos gemeld.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Inactiviteitstime-out:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Een flow die zo lang geen verkeer heeft, wordt als beëindigd gemeld.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID van het observatiedomein:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Enterprise-nummer:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Het Private Enterprise Number waaronder de eigen elementen van Flowscope (proces-ID, programmapad, hostnaam) worden verzonden.</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>De standaardwaarde, 32473, is het nummer uit RFC 5612 voor documentatie: een tijdelijke waarde voor je eigen nummer.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Deze versie van Flowscope kan geen flows naar een collector sturen.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>pkt/s</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kpkt/s</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>Mpkt/s</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>Gpkt/s</translation>
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
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>public</source>
        <translation>openbaar</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>loopback</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>link-local</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multicast</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>broadcast</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>gereserveerd (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS-servernaam (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP-Host-header</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS-antwoord</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS-PTR-antwoord</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>omgekeerde DNS-zoekopdracht</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Hosts van de toepassing</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: per dag over %2 dagen, en de belangrijkste hosts in de getoonde periode</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Groepeer op toepassing en selecteer er een in de tabel om het gebruik per dag en de belangrijkste hosts te zien.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Verkeersgeschiedenis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overige</translation>
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
        <translation>↓ ontvangen · ↑ verzonden</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 ontvangen, %3 verzonden</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Alles: %1 ontvangen, %2 verzonden</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Klik om de verbindingen van dit tijdvak te tonen</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Geen verkeer in deze periode.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>In deze periode: %1 ontvangen, %2 verzonden. Het meeste verkeer: %3 (%4). Het drukste moment: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Extern</translation>
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
        <translation>Protocol</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Eerst gezien</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Verkeer per dag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 ontvangen, %3 verzonden</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Geen verkeer in deze periode.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>Over %1 dagen: %2 ontvangen, %3 verzonden. De drukste dag: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Rapport exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>De tabel van de pagina Geschiedenis als CSV of JSON opslaan (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Verkeerstotalen</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Klik op de grafiek om de verbindingen van dat moment te tonen.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Verbindingen in de gekozen periode</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Afgelopen uur</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>De geschiedenis opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Groeperen op:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Verbindingen open tijdens %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>De geschiedenisdatabase %1 is beschadigd, daarom wordt deze opname niet vastgelegd (de liveweergave loopt door); door hem opzij te zetten blijft hij bewaard zoals hij is en begint er een nieuwe.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>De geschiedenisdatabase %1 kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Deze opname wordt niet vastgelegd; de liveweergave loopt door.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope weet niet waar de geschiedenis bewaard moet worden (geen thuismap); kies een databasebestand onder Beeld → Instellingen → Geschiedenis.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>De beschadigde geschiedenisdatabase is bewaard als %1; het vastleggen gaat verder in een nieuwe.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>De beschadigde geschiedenisdatabase is bewaard als %1; de volgende live-opname begint een nieuwe.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Vastleggen pauzeren</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Het verkeer van deze opname buiten de geschiedenis houden tot het vastleggen wordt hervat</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Er is geen databasebestand bekend: kies er hierboven een.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Nog niets vastgelegd: het bestand wordt aangemaakt door de eerste vastgelegde live-opname.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, nog geen verkeer vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, verkeer van %2 tot %3, %4 verbinding.</numerusform>
            <numerusform>%1, verkeer van %2 tot %3, %4 verbindingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Live-opnamen in de geschiedenis vastleggen</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Opnamebestanden die ter inzage zijn geopend, worden nooit vastgelegd. “Vastleggen pauzeren” in het systeemvak en het menu Opname houdt privémomenten erbuiten.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Hoe lang gegevens bewaard blijven, geldt direct voor een lopende opname; het vastleggen in- of uitschakelen en een ander databasebestand gelden vanaf de volgende live-opname.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>voor altijd</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> verbindingen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minuten gedurende:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Uren gedurende:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Dagen gedurende:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Verbindingen, maximaal:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Maximale grootte:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Oudere minuten worden opgeteld tot uren, en uren tot dagen, zodat de totalen exact blijven. Boven de maximale grootte gaan de oudste rijen eerst weg: verbindingen, dan minuten, uren en dagen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Geschiedenisdatabasebestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Weer de standaardlocatie gebruiken</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>De geschiedenis is één SQLite-bestand op deze computer; niets verlaat deze computer. flowscope-cli report leest hetzelfde bestand. Leeg veld: de standaardlocatie, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>hier onbekend (geen thuismap)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Bevat nu:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>De geschiedenisdatabase kiezen</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Geschiedenisdatabases (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>gebruiker %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ontvangen, %2 verzonden</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakketten</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: zoeken; Ctrl+D: de host, dienst of toepassing met ster markeren; Ctrl+Shift+C: de kolommen kiezen</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindingsdetails</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindingen zoeken</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Kolommen kiezen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Systeemstandaard (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope gebruikt de nieuwe taal zodra het opnieuw wordt gestart.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Bezig met opnemen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Kies een ander bestand onder Beeld → Instellingen…, of maak het veld leeg om het ingebouwde te behouden.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Opnamebestand openen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>De opname pauzeren of hervatten (Spatie, Ctrl+P)</translation>
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
        <translation>De opname stoppen (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Over Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Opname</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>O&amp;nderzoeken</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Toepassingen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
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
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Opnamebestand openen</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Opnamebestanden (*.pcap *.pcapng *.cap *.dmp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Een netwerkmonitor: met wie deze computer communiceert, live of uit een opnamebestand.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2 (draait op Qt %3).&lt;br&gt;Neemt op met %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS-gegevens van &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; en &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Vlagpictogrammen van &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases gelezen met libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Over Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 pakket</numerusform>
            <numerusform>%1 pakketten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verloren</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Onderzoeken</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Toepassingen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Programma’s worden tijdens live-opnamen bepaald.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Verkeer in de tijd</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>laatste %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Dubbelklik of druk op Enter om de verbindingen van een melding te onderzoeken</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Nog geen meldingen. Tijdens een live-opname verschijnen hier meldingen: een programma dat voor het eerst het netwerk gebruikt, en de regels die je in Instellingen instelt.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 van %2 ongelezen</translation>
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
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Boven</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gedurende</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Snelheidsregels</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Snelheidsregel toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Verkeerssnelheid boven een limiet</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limiet</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Datalimieten</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Datalimiet toevoegen</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Datavolume boven een limiet</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Al het verkeer</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Leeg: al het verkeer; anders het pad of de naam van een programma</translation>
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
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Blokkeerlijstbestanden</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Blokkeerlijsten kiezen</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP-lijsten (*.netset *.ipset *.txt *.list);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>IP/CIDR-lijsten in platte tekst (één item per regel, #-commentaar, zoals FireHOL ze publiceert), IPv4 en IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blokkeerlijsten</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>niet geladen</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Items met ster</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Opnieuw melden na inactiviteit van</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Markeer hosts, diensten en toepassingen met een ster op de pagina’s Overzicht, Onderzoeken en Toepassingen.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favorieten</translation>
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
        <translation>Toepassing %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ontvangen</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Ontvangen IP-verkeer</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes verzonden</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Verzonden IP-verkeer</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakketten</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Alle opgenomen frames</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pakketten/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Pakketten in de laatste seconde</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Verbindingen tot nu toe gezien</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Frames die verloren zijn gegaan in de kernel, de adapter of de wachtrij van Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Opgenomen tijdsduur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verkeer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Eenheid:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>pakketten/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Belangrijkste toepassingen</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Klik op een toepassing om de verbindingen ervan te onderzoeken</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Belangrijkste hosts</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Belangrijkste diensten</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>dienst %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>toepassing %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Klik op een item om de verbindingen ervan te onderzoeken</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Verbindingen tot nu toe gezien (%1 nu in de tabel)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programma’s achter verbindingen</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Programma’s bepalen via</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automatisch (eBPF waar toegestaan, anders momentopnamen)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF-socketgebeurtenissen</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Alleen momentopnamen</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Gebeurtenisbuffer</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Geldt vanaf de volgende live-opname.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Programma’s bepalen via:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Gebeurtenisbuffer:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Opzijzetten en een nieuwe beginnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Landendatabase:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS-database:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Leeg: de ingebouwde DB-IP Lite-databases. MMDB-bestanden van GeoLite2, GeoIP2, DB-IP en IPinfo werken.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Hostnamen van adressen opzoeken (omgekeerde DNS, live-opnamen)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Landendatabasebestand</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS-databasebestand</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Ingebouwd (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Een database kiezen</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB-bestanden (*.mmdb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>De ingebouwde database blijft in gebruik.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>De opname opslaan in een pcap-bestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Opname starten</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Opnamebestand openen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Houd je netwerk in de gaten&lt;/h2&gt;Kies een adapter om live op te nemen, of open een opnamebestand.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Bezig met controleren of Flowscope op deze computer mag opnemen…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>Opname&amp;filter:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF-expressie, bijv. tcp port 443 of host 10.0.0.1 (leeg: alles)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Netwerkadapters</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Bestand om de opname in op te slaan</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Opnamebestanden</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Recente bestanden:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Recente opnamebestanden</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Geen filter: elk pakket wordt opgenomen.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Corrigeer eerst het opnamefilter</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Opname opslaan als</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap-bestanden (*.pcap);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Opnamebestand openen</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Opnamen (*.pcap *.pcapng *.cap);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Opnamebestanden kunnen nog steeds worden geopend.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Bestanden die je opent, worden hier vermeld</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Opstarten</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Flowscope starten wanneer ik me aanmeld</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>De laatste live-opname hervatten wanneer Flowscope start</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Start Flowscope in het systeemvak, zonder venster, wanneer je je aanmeldt.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Als Flowscope start zonder opnamebestand of adapter, neemt het opnieuw op met de adapter en het filter van de laatste live-opname.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Map met &amp;thema&apos;s openen…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (ongeldig)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Het themabestand %1 is niet gebruikt: %2 Verbeter het en kies het daarna opnieuw via Beeld → Thema.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>het bestand is groter dan 64 KB; een thema is een lijst van enkele kleuren (zie docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>het bestand heeft geen regel ‘name = …’; voeg er een toe met de naam die getoond moet worden.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>regel %1: ‘sleutel = waarde’ verwacht.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>regel %1: ‘%2’ staat er twee keer; houd er één.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>regel %1: de naam moet 1 tot 80 tekens UTF-8-tekst zijn.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>regel %1: based-on moet ‘light’ of ‘dark’ zijn.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>regel %1: onbekende sleutel ‘%2’; docs/themes.md noemt de sleutels die een thema mag instellen.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>regel %1: ‘%2’ is geen kleur; schrijf die als #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Het themabestand %1 is moeilijk leesbaar: %2 op %3 heeft een contrast van maar %4:1, onder de 4,5:1 die tekst nodig heeft. Kies in het bestand kleuren die meer van elkaar verschillen.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 ontvangen, %3 verzonden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Verkeer in de tijd</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Geen verkeer</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Bestanden: sleep om in te zoomen op een tijdsbereik, klik met de rechtermuisknop om uit te zoomen (toetsenbord: +, - en 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>geen verkeer gedurende %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Nog geen verkeer.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Laatste: inkomend %1, uitgaand %2. Hoogste: inkomend %3 om %4, uitgaand %5 om %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Venster tonen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Van adapter wisselen</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Overzicht openen</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Toepassingen openen</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Meldingen openen</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Meldingen dempen</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Gedurende 1 uur</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Dempen opheffen</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Compact venster</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Dit bureaublad heeft geen systeemvak (GNOME heeft de extensie AppIndicator nodig), dus wordt Flowscope afgesloten als je het venster sluit.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Dit bureaublad heeft geen systeemvak (GNOME heeft de extensie AppIndicator nodig), dus wordt het venster getoond in plaats van geminimaliseerd te starten.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Venster verbergen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Geen adapters</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Kan niet opnemen op %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope blijft bewaken</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Het pictogram in het systeemvak brengt het venster terug; Afsluiten staat in het menu ervan.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Systeemvak</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Blijven bewaken vanuit het systeemvak</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Bij sluiten van het venster:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>het is geen http://- of https://-adres</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-status %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>De meldingswebhook %1 is mislukt (%2); meldingen blijven zichtbaar op de pagina Meldingen. Controleer het adres in Instellingen.</translation>
    </message>
</context>
</TS>
