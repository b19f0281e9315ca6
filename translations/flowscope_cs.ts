<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 a %2 další</numerusform>
            <numerusform>%1 a %2 další</numerusform>
            <numerusform>%1 a %2 dalších</numerusform>
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
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Veškerý provoz</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Provoz programu %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Oblíbený hostitel %1 je aktivní</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Oblíbená služba %1 je aktivní</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Oblíbený program %1 je aktivní</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 program poprvé použil síť</numerusform>
            <numerusform>%1 programy poprvé použily síť</numerusform>
            <numerusform>%1 programů poprvé použilo síť</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Spojení s %1 adresou ze seznamu blokovaných</numerusform>
            <numerusform>Spojení s %1 adresami ze seznamů blokovaných</numerusform>
            <numerusform>Spojení s %1 adresami ze seznamů blokovaných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 rychlost provozu překračovala limit</numerusform>
            <numerusform>%1 rychlosti provozu překračovaly limity</numerusform>
            <numerusform>%1 rychlostí provozu překračovalo limity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>Aktivovala se %1 oblíbená položka</numerusform>
            <numerusform>Aktivovaly se %1 oblíbené položky</numerusform>
            <numerusform>Aktivovalo se %1 oblíbených položek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>Překročen %1 datový limit</numerusform>
            <numerusform>Překročeny %1 datové limity</numerusform>
            <numerusform>Překročeno %1 datových limitů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 problém se zachytáváním</numerusform>
            <numerusform>%1 problémy se zachytáváním</numerusform>
            <numerusform>%1 problémů se zachytáváním</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>První spojení: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Navázána spojení s adresami ze seznamů blokovaných adres: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Provoz překračoval limit: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Začal provoz: %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Provoz překročil datový limit: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Při zachytávání nastaly problémy: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>Program %1 poprvé použil síť</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 je na seznamu blokovaných adres %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: nad %2 po dobu %3 s</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: překročen denní datový limit %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: překročen měsíční datový limit %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>Adaptér zmizel</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>Zachytávání se zastavilo kvůli chybě</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>Zachytávání ztrácí %1 rámců</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>Program %1 navázal první spojení.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>Program %1 navázal první spojení (uživatel %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Navázáno spojení s adresou %1, která je v seznamu %2 uvedena jako %3 (řádek %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>Program %5 navázal spojení s adresou %1, která je v seznamu %2 uvedena jako %3 (řádek %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Začal provoz: %1 přes %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Začal provoz: %1 přes %2 (program %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 překračoval %2 po dobu %3 sekundy.</numerusform>
            <numerusform>%1 překračoval %2 po dobu %3 sekund.</numerusform>
            <numerusform>%1 překračoval %2 po dobu %3 sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 dnes dosáhl %2 a překročil limit %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 tento měsíc dosáhl %2 a překročil limit %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>Za posledních %3 s se ztratilo %1 z %2 rámců; počítač nebo Flowscope nestíhá. Zužte zachytávání filtrem nebo zavřete jiné náročné programy.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope nemohl vytvořit složku %1, a proto se nebude spouštět po přihlášení; zkontrolujte, zda do ní smíte zapisovat, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope nemohl zapsat %1 (%2), a proto se nebude spouštět po přihlášení; zkontrolujte, zda smíte zapisovat do %3, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope nemohl odstranit %1 (%2), a proto se bude po přihlášení dál spouštět; zkontrolujte, zda smíte zapisovat do %3, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope nemohl zapsat hodnotu registru %1, a proto se nebude spouštět po přihlášení; zkontrolujte, zda ji váš účet smí měnit, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope nemohl odstranit hodnotu registru %1, a proto se bude po přihlášení dál spouštět; zkontrolujte, zda ji váš účet smí měnit, a zkuste to znovu.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Přístup odepřen: Flowscope nesmí číst %1. Udělte svému uživateli oprávnění ke čtení souboru, nebo jej zkopírujte do některé ze svých složek, a otevřete jej znovu.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Síťový adaptér s názvem „%1“ neexistuje. Vyberte některý z adaptérů uvedených na stránce Úvod.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>Síťový adaptér %1 se během zachytávání vypnul nebo zmizel. Znovu jej připojte a spusťte zachytávání znovu, nebo vyberte jiný adaptér na stránce Úvod; dosud zachycená data zůstávají zobrazena.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Nebyl vybrán žádný síťový adaptér; vyberte jej na stránce Úvod.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 nelze otevřít.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Zavřít Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Pokračovat ve sledování v oznamovací oblasti?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope může při zavřeném okně dál zachytávat provoz a posílat vám oznámení; jeho ikona v oznamovací oblasti okno znovu otevře. Nebo jej ukončete a sledování zastavte.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Ponechat v oznamovací oblasti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Příště se neptat (lze změnit v Nastavení)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope nemohl získat seznam síťových adaptérů (libpcap: %1); zkontrolujte, zda síťový subsystém systému funguje, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap nemohl připravit kompilátor filtrů (nedostatek paměti?); zkuste to znovu nebo Flowscope restartujte.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Filtr zachytávání „%1“ je neplatný: %2; opravte jej (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>viz `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je plný</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>je vyčerpána disková kvóta</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>soubor dosáhl největší povolené velikosti</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>disk ohlásil chybu</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope nemá oprávnění zapisovat %1 (%2); vyberte složku, do které můžete zapisovat.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 je složka; zadejte název souboru pcap, který se má zapsat, např. %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>Složka pro %1 neexistuje; vytvořte ji nebo zvolte jiné umístění.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope nemůže vytvořit %1 (%2); zvolte jiné umístění.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Zápis do %1 byl zastaven (zapsané rámce: %2), protože %3 (%4); soubor tyto rámce obsahuje a zůstává čitelný a zachytávání pokračuje bez ukládání: uvolněte místo na disku nebo zvolte jiné umístění.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Zápis do %1 byl zastaven (zapsané rámce: %2), protože %3 (%4); poslední rámec souboru může být useknutý a zachytávání pokračuje bez ukládání: uvolněte místo na disku nebo zvolte jiné umístění.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope nemůže zapsat %1, protože %2 (%3); uvolněte místo na disku nebo zvolte jiné umístění.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>Zápis %1 selhal při zavírání souboru (%2); na disku možná není uložen celý, zkontrolujte jej nebo zvolte jiné umístění.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>Soubor %1 končí uprostřed %2 (pozice v bajtech: %3): soubor je zkrácený; načten byl %4 úplný paket před tímto místem.</numerusform>
            <numerusform>Soubor %1 končí uprostřed %2 (pozice v bajtech: %3): soubor je zkrácený; načteny byly %4 úplné pakety před tímto místem.</numerusform>
            <numerusform>Soubor %1 končí uprostřed %2 (pozice v bajtech: %3): soubor je zkrácený; načteno bylo %4 úplných paketů před tímto místem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>Čtení %1 selhalo (pozice v bajtech: %2; %3); zkontrolujte disk nebo zkopírujte soubor na místní disk.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>Soubor %1 je prázdný (0 bajtů), takže neobsahuje žádné pakety; vyberte soubor zachycení uložený programem Wireshark, tcpdump nebo Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>Soubor %1 má jen %2 bajt, což je na soubor zachycení pcap nebo pcapng příliš málo.</numerusform>
            <numerusform>Soubor %1 má jen %2 bajty, což je na soubor zachycení pcap nebo pcapng příliš málo.</numerusform>
            <numerusform>Soubor %1 má jen %2 bajtů, což je na soubor zachycení pcap nebo pcapng příliš málo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 není soubor zachycení pcap ani pcapng (neznámé magické číslo %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 neexistuje; zkontrolujte název souboru a složku.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope nemá oprávnění číst %1; udělte svému uživateli oprávnění ke čtení souboru nebo jej zkopírujte jinam.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1 nelze otevřít (%2); zkontrolujte, zda je soubor přístupný.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 je složka, ne soubor zachycení; vyberte v ní soubor .pcap nebo .pcapng.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>takže z něj nebylo možné načíst žádný paket (soubor možná opraví pcapfix).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>takže čtení skončilo po %1 předchozím paketu (soubor možná opraví pcapfix).</numerusform>
            <numerusform>takže čtení skončilo po %1 předchozích paketech (soubor možná opraví pcapfix).</numerusform>
            <numerusform>takže čtení skončilo po %1 předchozích paketech (soubor možná opraví pcapfix).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Nebyl vybrán žádný síťový adaptér; vyberte jeden z výpisu `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Spusťte Flowscope s oprávněními správce, nebo mu jednorázově udělte potřebné oprávnění (capability): %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>Soubor %1 je zkrácený: má jen %2 B, méně než 24bajtová hlavička souboru pcap, takže pravděpodobně nebyl úplně zapsán nebo zkopírován.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 používá formát pcap verze %2.%3, který Flowscope neumí číst; převeďte jej na pcapng pomocí příkazu „Save As“ v programu Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>paketu %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>Soubor %1 je poškozený: hlavička záznamu %2 (pozice v bajtech: %3) udává počet zachycených bajtů %4, což je víc než limit %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Síťový adaptér s názvem „%1“ neexistuje; spusťte `flowscope-cli interfaces` a zobrazte adaptéry, na kterých lze zachytávat.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope nemá oprávnění zachytávat na adaptéru %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>Síťový adaptér %1 je vypnutý; zapněte jej (nebo připojte) a spusťte zachytávání znovu.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>Síťový adaptér %1 nepodporuje režim monitorování; vyberte jiný adaptér.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope nemohl zahájit zachytávání na adaptéru %1 (%2: %3); zkontrolujte adaptér a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Filtr zachytávání „%1“ nelze nainstalovat na adaptér %2 (%3: %4); zkuste jednodušší filtr.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope nemohl připravit zachytávání na adaptéru %1 (%2: %3); zkuste to znovu.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>Síťový adaptér %1 se během zachytávání vypnul nebo zmizel (%2: %3); znovu jej připojte nebo vyberte jiný adaptér pomocí `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>Zachytávání na adaptéru %1 selhalo (%2: %3); spusťte zachytávání znovu.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>blok %1 na pozici %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>Soubor %1 je zkrácený: končí uvnitř hlavičky sekce pcapng, takže pravděpodobně nebyl úplně zapsán nebo zkopírován.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>Soubor %1 je poškozený: hlavička sekce (%2) má jen %3 B (potřeba je nejméně 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 používá formát pcapng verze %2.%3, který Flowscope neumí číst; uložte jej znovu v programu Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>Soubor %1 je poškozený: volba hlavičky sekce (%2) udává %3 B, víc, než obsahuje její blok, takže ze souboru nelze načíst žádný paket (soubor možná opraví pcapfix).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>Soubor %1 je poškozený: popis rozhraní (%2) je příliš krátký.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>Soubor %1 je poškozený: volba popisu rozhraní (%2) udává %3 B, víc, než obsahuje její blok, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloku %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>Soubor %1 je poškozený: hlavička sekce (%2) má neplatné magické číslo pořadí bajtů.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>má délku %1 B, méně než minimálních 12 bajtů</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>má délku %1 B, která není násobkem 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>udává délku %1 B, víc než u jakéhokoli skutečného bloku</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>má koncové pole délky odlišné od úvodního (%1 místo %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>je blok paketu, který je pro svá pole příliš krátký</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>udává víc zachycených bajtů (%1), než obsahuje jeho blok</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>odkazuje na rozhraní %1, ale jeho sekce před ním popisuje jen %2 rozhraní</numerusform>
            <numerusform>odkazuje na rozhraní %1, ale jeho sekce před ním popisuje jen %2 rozhraní</numerusform>
            <numerusform>odkazuje na rozhraní %1, ale jeho sekce před ním popisuje jen %2 rozhraní</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>je jednoduchý blok paketu, který je pro svá pole příliš krátký</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>je paket, ale jeho sekce před ním nepopisuje žádné rozhraní</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>Soubor %1 je poškozený: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap byl nainstalován jen pro správce: spusťte Flowscope jako správce, nebo Npcap přeinstalujte bez volby „Restrict Npcap driver&apos;s access to Administrators only“.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>viz syntaxi pcap-filter na %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>V umístění „%1“ zatím žádná databáze historie není; vytvoří ji živé zachytávání (ukládá je desktopová aplikace, nebo spusťte flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>Databázi historie „%1“ nelze číst (chybí oprávnění k ní nebo – během ukládání – k její složce); čtěte ji jako její vlastník, nebo ji zkopírujte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>„%1“ je databáze jiného programu, ne historie Flowscope; vyberte jiný soubor.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>Databázi historie „%1“ zapsala novější verze Flowscope (schéma %2, tato verze zná schémata do %3); aktualizujte Flowscope nebo vyberte jiný soubor.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>Databáze historie „%1“ je poškozená (verze schématu %2, kterou žádná verze Flowscope nezapisuje); přesuňte ji jinam a založte novou.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>„%1“ zatím neobsahuje žádnou historii; ukládá se do ní živé zachytávání.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Složku pro databázi historie „%1“ nelze vytvořit (%2); vyberte jiný soubor nebo povolte zápis do tohoto umístění.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Poškozenou databázi historie „%1“ se nepodařilo přesunout jinam (%2); přesuňte ji nebo smažte sami.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>Databáze historie „%1“ je zamčená jiným programem; zavřete tento program (nebo vyberte jiný soubor) a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>Do databáze historie „%1“ nelze zapisovat (jen pro čtení nebo chybí oprávnění); povolte zápis do ní a do její složky, nebo vyberte jiný soubor.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>Databáze historie „%1“ je poškozená; přesuňte ji jinam a založte novou (to, co v ní bylo uloženo, nelze přečíst).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Disk s databází historie „%1“ je plný; uvolněte místo nebo snižte limit velikosti historie a pak znovu spusťte ukládání.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Databázi historie „%1“ nelze otevřít; zkontrolujte, zda její složka existuje a lze do ní zapisovat, nebo vyberte jiný soubor.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Databázi historie „%1“ nelze otevřít (%2); zkontrolujte, zda její složka existuje a lze do ní zapisovat, nebo vyberte jiný soubor.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Databázi historie „%1“ nebylo možné číst ani do ní zapisovat (chyba vstupu/výstupu); zkontrolujte disk, na kterém je uložena.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Databázi historie „%1“ nebylo možné číst ani do ní zapisovat (chyba vstupu/výstupu: %2); zkontrolujte disk, na kterém je uložena.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>Databáze historie „%1“ vrátila neočekávanou chybu.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>Databáze historie „%1“ vrátila neočekávanou chybu (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Filtr zachytávání nelze použít na typ linky %1; rámce tohoto typu byly vynechány.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>Počet rámců, které nebylo možné zapsat do %2, protože disk byl příliš pomalý: %1.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope nedekóduje typ linky %1: jeho pakety se počítají jako ne-IP a netvoří žádná spojení; otevřete zachycený provoz v programu Wireshark a zobrazte jejich obsah.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Reverzní dotazy DNS jsou vypnuté: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Procesy nelze identifikovat: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Jádro zahodilo události socketů, protože vyrovnávací paměť událostí byla plná, takže některá krátká spojení nemusí mít přiřazený program; zvětšete vyrovnávací paměť událostí (Nastavení nebo --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>došlo k neznámé chybě.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Součást „%1“ přestala pracovat: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Název kolektoru „%1“ se nepodařilo přeložit na adresu (%2); zadejte adresu nebo známý název hostitele.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Socket UDP ke kolektoru %1 se nepodařilo otevřít (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>čísla AS, ale ne země</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>země, ale ne čísla AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>data, ve kterých nejsou země ani čísla AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>databázi zemí (GeoLite2 nebo GeoIP2 Country či City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>databázi AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Soubor „%1“ (%2) obsahuje %3; vyberte %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>bez typu</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Soubor databáze „%1“ neexistuje; zkontrolujte cestu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>„%1“ je složka, ne soubor databáze; vyberte soubor .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Soubor databáze „%1“ nelze přečíst (přístup odepřen); zkontrolujte jeho oprávnění.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Soubor databáze „%1“ nelze otevřít (%2); zkontrolujte disk a cestu.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Soubor databáze „%1“ je poškozený: %2; stáhněte jej znovu.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Soubor databáze „%1“ se nepodařilo přečíst; zkontrolujte disk a zkuste to znovu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1“ není soubor MaxMind DB (.mmdb) nebo jsou jeho metadata poškozená; vyberte soubor .mmdb z GeoLite2, GeoIP2, DB-IP nebo IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Soubor databáze „%1“ nelze načíst (velikosti v něm uvedené se nevejdou do paměti, takže je pravděpodobně poškozený); stáhněte jej znovu.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>Vyhledání %1 v „%2“ selhalo: %3; stáhněte soubor znovu.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Záznam pro %1 v „%2“ nelze přečíst: %3; stáhněte soubor znovu.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Soubor databáze „%1“ nelze přečíst (%2); zkontrolujte disk a cestu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1“ je prázdný; vyberte soubor .mmdb z GeoLite2, GeoIP2, DB-IP nebo IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1“ není běžný soubor; vyberte soubor .mmdb z GeoLite2, GeoIP2, DB-IP nebo IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Není dost paměti pro soukromou kopii souboru databáze „%1“ (%2); zavřete jiné programy a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Soubor databáze „%1“ se během čtení stále měnil; zkuste to znovu, až bude celý zapsán.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Soubor seznamu blokovaných adres %1 neexistuje; zkontrolujte cestu.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 je složka, ne soubor seznamu blokovaných adres; vyberte v ní soubor se seznamem.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 není běžný soubor (je to roura, soket nebo zařízení); vyberte soubor se seznamem.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Soubor seznamu blokovaných adres %1 nelze přečíst (%2); zkontrolujte jeho oprávnění.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 obsahuje binární data (nulový bajt, pozice v bajtech: %2), takže nejde o textový seznam blokovaných adres; vyberte textový seznam IP/CIDR.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>Čtení souboru seznamu blokovaných adres %1 selhalo (přečteno bajtů: %2); zkontrolujte disk.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 neobsahuje žádné adresy (je prázdný nebo obsahuje jen komentáře); vyberte seznam s alespoň jednou IP adresou nebo prefixem.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%1 řádek v %2, který není komentářem, není IP adresou ani prefixem, takže soubor není seznamem blokovaných adres; vyberte textový seznam IP/CIDR.</numerusform>
            <numerusform>Žádný z %1 řádků v %2, které nejsou komentáři, není IP adresou ani prefixem, takže soubor není seznamem blokovaných adres; vyberte textový seznam IP/CIDR.</numerusform>
            <numerusform>Žádný z %1 řádků v %2, které nejsou komentáři, není IP adresou ani prefixem, takže soubor není seznamem blokovaných adres; vyberte textový seznam IP/CIDR.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 obsahuje více než jedno slovo</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 není adresou ani prefixem IPv4 či IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>délka prefixu v %1 musí být číslo od 0 do %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Řádek %1 přesahuje povolenou délku (maximální počet znaků: %2), proto je přeskočen (zbytek seznamu se přesto načte).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Řádek %1: %2, proto je řádek přeskočen (zbytek seznamu se přesto načte).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Řádek %1: %2 má nastavené bity za délkou prefixu; položka se načte jako %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Soubor známých programů %1 není běžný soubor. Nové programy si Flowscope pamatuje jen do svého ukončení.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Soubor známých programů %1 nelze přečíst (%2). Nové programy si Flowscope pamatuje jen do svého ukončení.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Soubor známých programů %1 je poškozený (není to seznam programů); přesuňte jej jinam, aby se založil nový. Nové programy si Flowscope pamatuje jen do svého ukončení.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Soubor známých programů %1 se nepodařilo přečíst až do konce. Nové programy si Flowscope pamatuje jen do svého ukončení.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Soubor známých programů %1 nelze zapsat (zápis %2 selhal); nové programy si Flowscope pamatuje jen do svého ukončení.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Soubor známých programů %1 nelze nahradit (%2); nové programy si Flowscope pamatuje jen do svého ukončení.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Operace není povolena</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Soubor nebo adresář neexistuje</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Chyba vstupu/výstupu</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Zařízení nebo adresa neexistuje</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Prostředek je dočasně nedostupný</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Nelze alokovat paměť</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Přístup odepřen</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Zařízení nebo prostředek se používá</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Soubor již existuje</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Zařízení neexistuje</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Není adresář</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Je adresář</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Neplatný argument</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>V systému je otevřeno příliš mnoho souborů</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Příliš mnoho otevřených souborů</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Soubor je příliš velký</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Na zařízení není volné místo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Systém souborů je pouze pro čtení</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Přerušená roura</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Příliš dlouhý název souboru</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Příliš mnoho úrovní symbolických odkazů</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Příliš dlouhá zpráva</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Rodina adres není podporována protokolem</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adresa se již používá</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Požadovanou adresu nelze přiřadit</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Síť je mimo provoz</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Síť je nedostupná</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Software způsobil přerušení spojení</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Spojení zrušeno druhou stranou</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Ve vyrovnávací paměti není volné místo</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Koncový bod přenosu není připojen</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Časový limit spojení vypršel</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Spojení odmítnuto</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>K hostiteli neexistuje cesta</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Překročena disková kvóta</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope místo toho používá vestavěnou databázi zemí.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope místo toho používá vestavěnou databázi AS.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; ani vestavěnou databázi zemí nelze použít (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; ani vestavěnou databázi AS nelze použít (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Databáze zemí „%1“ se na disku změnila; Flowscope ji zkontroloval a znovu ji používá.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Databáze AS „%1“ se na disku změnila; Flowscope ji zkontroloval a znovu ji používá.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>Databáze zemí se během používání změnila: %1; Flowscope používá vestavěnou databázi zemí, dokud nebude soubor opět použitelný.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>Databáze AS se během používání změnila: %1; Flowscope používá vestavěnou databázi AS, dokud nebude soubor opět použitelný.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Zprávy IPFIX se nepodařilo odeslat na %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Zprávu IPFIX se nepodařilo odeslat kolektoru (%1); naslouchá kolektor na %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>odesláno jen částečně</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>kolektor nepřijímá zprávy dostatečně rychle (fronta o velikosti %1 KiB je plná)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>vyzkoušené adresy: %1, chyby: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>připojení ke kolektoru selhalo (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>kolektor ukončil spojení</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>kolektor nepřevzal poslední zprávy včas</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>před otevřením adaptéru %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Pomocný program pro zachytávání %1 neotevřel adaptér %2 do 30 sekund; spusťte zachytávání znovu.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>během zachytávání na adaptéru %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>návratový kód %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>ukončen signálem %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>ukončen signálem %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>stav %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope nemohl spustit svůj pomocný program pro zachytávání (pipe: %1); zkuste to znovu.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope nemohl spustit svůj pomocný program pro zachytávání %1 (%2); přeinstalujte Flowscope nebo nastavte FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>jeho stav není znám</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Pomocný program pro zachytávání %1 se neočekávaně ukončil %2 (%3); spusťte zachytávání znovu, a pokud se bude ukončovat opakovaně, zkontrolujte systémový protokol.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Pomocný program pro zachytávání %1 poslal data, která Flowscope neumí přečíst (%2); ověřte, že patří k této verzi Flowscope, a spusťte zachytávání znovu.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Pomocný program pro zachytávání se nemohl vzdát svých oprávnění (%1); zachytávání funguje, ale pomocný program dál běží se zvýšenými oprávněními.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Čtení tabulky socketů přes netlink selhalo (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Nelze přečíst %1 (%2); tabulka socketů není k dispozici.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Tyto události zavádí pomocný program pro zachytávání.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Události socketů eBPF nejsou aktivní: %1; vlastníci socketů se místo toho zjišťují ze snímků tabulky socketů.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>tato verze Flowscope byla sestavena bez podpory eBPF (při sestavení chyběl libbpf, clang nebo bpftool)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>jejich zavedení vyžaduje práva uživatele root nebo oprávnění CAP_BPF a CAP_PERFMON (a jádro, které není v režimu lockdown)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>jádro odmítlo sledovací modul (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>připojení k tracepointům vyžaduje práva uživatele root nebo oprávnění CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>jádru chybí tracepoint, který potřebují (sock_send_length a sock_recv_length přibyly v Linuxu 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>sledovací modul se nepodařilo otevřít (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>jádro nemá informace o typech BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Vlastníci socketů se zjišťují z událostí socketů eBPF (tracepointů jádra), záložně ze snímků tabulky socketů.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Vlastníci socketů se podle volby zjišťují ze snímků tabulky socketů.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Vlastníci socketů se zjišťují ze snímků tabulky socketů: události socketů eBPF existují jen v Linuxu.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Zadejte adresu nebo název hostitele kolektoru, např. 192.0.2.10 nebo collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>„%1“ není IP adresa ani název hostitele; zadejte například 192.0.2.10 nebo collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>Port „%1“ je mimo rozsah: zadejte číslo od 1 do 65535 (kolektory IPFIX obvykle naslouchají na portu 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Název hostitele „%1“ nelze přeložit na adresu; zkontrolujte jeho zápis nebo zadejte IP adresu kolektoru.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Sestavu nelze zapsat do %1: %2. Vyberte jinou složku.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hostitelé</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Služby</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Sítě (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Neznámá aplikace</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Neznámý hostitel</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Neznámá služba</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Neznámá země</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Neznámá síť</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Zatím žádná historie: živé zachytávání se ukládá do %1 (Nastavení → Historie) a jeho provoz se zobrazí zde.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>Databáze historie %1 je poškozená nebo to není databáze historie: přesuňte ji jinam nebo ji smažte a příští živé zachytávání založí novou.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>hostitel %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>služba %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplikace %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>tato verze Flowscope byla sestavena bez podpory eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>události socketů eBPF existují jen v Linuxu.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>jádro nemá informace o typech BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>pomocný program pro zachytávání potřebuje pro eBPF oprávnění CAP_BPF a CAP_PERFMON.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF vyžaduje práva uživatele root nebo oprávnění CAP_BPF a CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>jádru chybí potřebné tracepointy (Linux 6.3 nebo novější).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Programy se zjišťují z událostí socketů eBPF (zaváděných pomocným programem pro zachytávání), záložně ze snímků.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Programy se zjišťují z událostí socketů eBPF, záložně ze snímků.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Programy se podle volby zjišťují ze snímků tabulky socketů.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Programy se zjišťují ze snímků tabulky socketů: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>Ztratila se %n událost socketu, protože vyrovnávací paměť událostí byla plná; větší vyrovnávací paměť je uchová.</numerusform>
            <numerusform>Ztratily se %n události socketů, protože vyrovnávací paměť událostí byla plná; větší vyrovnávací paměť je uchová.</numerusform>
            <numerusform>Ztratilo se %n událostí socketů, protože vyrovnávací paměť událostí byla plná; větší vyrovnávací paměť je uchová.</numerusform>
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
            <numerusform>%Ln den</numerusform>
            <numerusform>%Ln dny</numerusform>
            <numerusform>%Ln dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 roku</numerusform>
            <numerusform>%1 roku</numerusform>
            <numerusform>%1 roku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>Poslední živé zachytávání (na %1) nebylo obnoveno. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Pravidlo rychlosti provozu „%1“ v nastavení nelze přečíst, a proto se ignoruje. Přidejte je znovu v Nastavení.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Pravidlo datového limitu „%1“ v nastavení nelze přečíst, a proto se ignoruje. Přidejte je znovu v Nastavení.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>Oblíbený hostitel „%1“ není IP adresa, a proto se ignoruje.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Oblíbená služba „%1“ nemá tvar tcp/443, a proto se ignoruje.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … (další řádky s problémy: %2).</translation>
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
        <translation>Odebrat hvězdičku: %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Označit hvězdičkou: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Označit hvězdičkou nebo ji odebrat</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Jen označené hvězdičkou</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Zobrazit jen položky označené hvězdičkou (položku označíte kliknutím pravým tlačítkem nebo klávesami Ctrl+D)</translation>
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
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zastaveno</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Přijato %1 · Odesláno %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Nejvíce: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Probíhá zachytávání</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 nepřečtené oznámení</numerusform>
            <numerusform>%1 nepřečtená oznámení</numerusform>
            <numerusform>%1 nepřečtených oznámení</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vymazat: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>down</source>
        <translation>neaktivní</translation>
    </message>
    <message>
        <source>running</source>
        <translation>běží</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>zpětná smyčka</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>bezdrátový</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Provoz na %1 za poslední minutu</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 neposkytuje čítače provozu</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptér</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Nový program</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Adresa ze seznamu blokovaných</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Rychlost provozu</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Aktivita oblíbené položky</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Datový limit</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Problém se zachytáváním</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (ztlumeno)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Nedoručeno: oznámení byla ztlumena.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Od této aplikace zatím v dnešní historii nic není.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Dnes od půlnoci (historie): přijato %1, odesláno %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Rychlost příjmu + odesílání za poslední minutu, nejnovější vpravo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Rychlost příjmu</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Rychlost odesílání</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Celkem přijato</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Celkem odesláno</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Spojení</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>aplikace %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Dvojitým kliknutím nebo klávesou Enter zobrazíte rozbor spojení aplikace</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Aplikace jsou známé jen při živém zachytávání: spusťte zachytávání na adaptéru a uvidíte, které programy používají síť.</translation>
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
        <translation>Dvojitým kliknutím se vrátíte do hlavního okna; tažením okno přesunete.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Příchozí</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Odchozí</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Zatím žádné aplikace (jen při živém zachytávání)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Kompaktní okno</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Nezachytává se</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Pozastaveno na %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Zachytávání na %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Čtení %1 pozastaveno</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Čtení %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Zobrazit hlavní okno</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 bajt)</numerusform>
            <numerusform>%1 (%2 bajty)</numerusform>
            <numerusform>%1 (%2 bajtů)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Kopírovat vše</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Zkopírovat všechna pole, každé na samostatný řádek</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Místní</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Vzdálený</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Port služby</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Přijaté bajty</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Odeslané bajty</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Přijaté pakety</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Odeslané pakety</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Rychlost příjmu</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Rychlost odesílání</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Poprvé viděno</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Naposledy viděno</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Příznaky TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID toku</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Příkazový řádek</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Název hostitele</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Zdroj názvu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Druh adresy</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopírovat: %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Vyberte spojení a zobrazí se jeho podrobnosti.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Už není v tabulce</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Jen aktivní</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Jen označené hvězdičkou</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Hledat spojení</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Libovolný protokol</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Směr</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Libovolný směr</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Převážně odchozí</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Převážně příchozí</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adresa nebo CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Adresa (10.1.2.3, 2001:db8::1) nebo síť (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Libovolná aplikace</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Země, AS nebo doména</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Kód země (US), číslo AS (AS15169) nebo doména (google.com odpovídá i www.google.com); více hodnot oddělených mezerami musí platit všechny</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Jen spojení s provozem v posledním intervalu</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Jen spojení s hostitelem, službou nebo aplikací označenými hvězdičkou</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplikace %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Nejde o adresu ani síť; dál platí předchozí filtr</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>skryto (uživatel %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Socket uživatele %1: chcete-li vidět jeho program, spusťte Flowscope s vyššími oprávněními.</translation>
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
cesta %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
uživatel %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
port %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Soubor zachycení nemá aktuální rychlost; jeho provoz v čase ukazuje graf na stránce Přehled.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Bajty za sekundu v posledním intervalu</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Jen při živém zachytávání: soubor zachycení nemá aktuální rychlost</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Místní</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Vzdálený</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Přijaté bajty</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Odeslané bajty</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Přijaté pakety</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Odeslané pakety</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Rychlost příjmu</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Rychlost odesílání</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Poprvé viděno</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Naposledy viděno</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Program, kterému toto spojení patří, není znám.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Název hostitele</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (zdroj: %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Vlajka: %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Ikona programu %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Upozornit, když program poprvé použije síť</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Přehrát zvuk u každého oznámení</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Zrušit ztlumení</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresa webhooku</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (nepovinné)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Každé oznámení se také odešle na tuto adresu jako požadavek POST s JSON (obsah popisuje docs/notifications.md).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Nové programy:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Zvuk:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Ztlumeno:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Toto není adresa http:// ani https://; oznámení se na ni nebudou odesílat.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Všechna oznámení do %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Tato pravidla: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Nic není ztlumeno.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Ztlumit toto pravidlo</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Není k dispozici relační sběrnice D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Oznámení na ploše přes D-Bus zde nejsou k dispozici.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 přes %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Soubory zachycení otevřené k prohlížení se kolektoru neodesílají, pokud není v Nastavení → Export zapnuta volba „Odesílat i soubory zachycení otevřené k prohlížení“.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Toto sestavení Flowscope neumí odesílat toky kolektoru.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 záznam</numerusform>
            <numerusform>%1 záznamy</numerusform>
            <numerusform>%1 záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 zpráva</numerusform>
            <numerusform>%1 zprávy</numerusform>
            <numerusform>%1 zpráv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>Odesláno %1 (%2), zahozeno %3.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Nic se neodesílá.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Toky tohoto zachytávání se neodesílají: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Odesílání na %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>Poslední zachytávání skončilo. Odesláno na %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Kolektor je nedostupný: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: neodesílá se</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: kolektor nedostupný</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: odesláno %1, zahozeno %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: odesláno %1</translation>
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
        <translation>Odesílat toky kolektoru (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Každé spojení se spolu s programem, který za ním stojí, odešle jako záznamy IPFIX do vašeho kolektoru (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Odesílat i soubory zachycení otevřené k prohlížení</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Změny platí od příštího zachytávání; probíhající zachytávání odesílá dál tak, jak začalo.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kolektor</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Adresa nebo název hostitele, např. 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (obvyklé; data se ztratí, když kolektor neběží)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (znovu se připojuje; data ukládá do vyrovnávací paměti, dokud kolektor neběží)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hostitel:</translation>
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
        <translation>Záznamy</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Časový limit aktivního toku:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Probíhající tok se hlásí v tomto intervalu.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Časový limit nečinnosti:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Tok bez provozu po tuto dobu se hlásí jako ukončený.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID domény pozorování:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Číslo organizace (PEN):</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Private Enterprise Number, pod kterým se odesílají vlastní prvky Flowscope (ID procesu, cesta k programu, název hostitele).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Výchozí hodnota 32473 je číslo pro dokumentaci podle RFC 5612: nahraďte ji vlastním číslem.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Toto sestavení Flowscope neumí odesílat toky kolektoru.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>pak/s</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kpak/s</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>Mpak/s</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>Gpak/s</translation>
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
        <source>public</source>
        <translation>veřejná</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>tento počítač</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>zpětná smyčka</translation>
    </message>
    <message>
        <source>private</source>
        <translation>soukromá</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>lokální pro linku (link-local)</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>vícesměrová (multicast)</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>všesměrová (broadcast)</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>rezervovaná (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>Název serveru TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>Hlavička HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>Odpověď DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>Odpověď DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>reverzní dotaz DNS</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Hostitelé aplikace</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: po dnech za %2 dní a nejčastější hostitelé v zobrazeném rozsahu</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Seskupte podle aplikace a vyberte jednu v tabulce; zobrazí se její denní využití a nejčastější hostitelé.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Historie provozu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostatní</translation>
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
        <translation>↓ přijato · ↑ odesláno</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: přijato %2, odesláno %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Vše: přijato %1, odesláno %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Kliknutím zobrazíte spojení z tohoto úseku</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>V tomto rozsahu žádný provoz.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>V tomto rozsahu: přijato %1, odesláno %2. Nejvíce provozu: %3 (%4). Nejrušnější doba: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Neznámé</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Vzdálený</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Poprvé viděno</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Naposledy viděno</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Provoz po dnech</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
přijato %2, odesláno %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>V tomto rozsahu žádný provoz.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>Za %1 dní: přijato %2, odesláno %3. Nejrušnější den: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportovat sestavu…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Uložit tabulku ze stránky Historie jako CSV nebo JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Celkový provoz</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Kliknutím do grafu zobrazíte spojení z daného času.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Spojení ve zvoleném období</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Spojení</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Poslední hodina</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Posledních 7 dní</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Vlastní</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Znovu načíst historii (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Rozsah:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Seskupit podle:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Spojení otevřená v období %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Soubory JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportovat sestavu</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>Databáze historie %1 je poškozená, a proto se toto zachytávání neukládá (živé zobrazení pokračuje); přesunutím jinam ji zachováte beze změny a založí se nová.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>Databázi historie %1 nelze použít.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Toto zachytávání se neukládá; živé zobrazení pokračuje.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope neví, kam ukládat historii (chybí domovská složka); vyberte soubor databáze v nabídce Zobrazení → Nastavení → Historie.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Poškozená databáze historie byla uchována jako %1; ukládání pokračuje do nové.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Poškozená databáze historie byla uchována jako %1; příští živé zachytávání založí novou.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Pozastavit ukládání do historie</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Neukládat provoz tohoto zachytávání do historie, dokud se ukládání neobnoví</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Není znám žádný soubor databáze: vyberte jej výše.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Zatím nic neuloženo: soubor vznikne při prvním ukládaném živém zachytávání.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, zatím žádný uložený provoz.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, provoz od %2 do %3, %4 spojení.</numerusform>
            <numerusform>%1, provoz od %2 do %3, %4 spojení.</numerusform>
            <numerusform>%1, provoz od %2 do %3, %4 spojení.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Ukládat živé zachytávání do historie</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Soubory zachycení otevřené k prohlížení se nikdy neukládají. Příkazem „Pozastavit ukládání do historie“ v oznamovací oblasti a v nabídce Zachytávání vynecháte soukromé chvíle.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Doba uchovávání platí okamžitě i pro probíhající zachytávání; zapnutí či vypnutí ukládání a jiný soubor databáze platí od příštího živého zachytávání.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Uchovávat</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>navždy</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> spojení</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez omezení</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minuty po dobu:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Hodiny po dobu:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Dny po dobu:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Spojení, nejvýše:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Limit velikosti:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Starší minuty se sčítají do hodin a hodiny do dnů, takže součty zůstávají přesné. Po překročení limitu velikosti se jako první odstraňují nejstarší řádky: spojení, pak minuty, hodiny a dny.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Soubor databáze historie</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Výchozí</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Znovu použít výchozí umístění</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>Historie je jediný soubor SQLite v tomto počítači; nic z ní počítač neopouští. flowscope-cli report čte stejný soubor. Prázdné pole: výchozí umístění, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>zde neznámé (chybí domovská složka)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Soubor:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Nyní obsahuje:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Vybrat databázi historie</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Databáze historie (*.sqlite);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Čtení…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>uživatel %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>přijato %1, odesláno %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakety</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: hledat; Ctrl+D: označit hostitele, službu nebo aplikaci hvězdičkou; Ctrl+Shift+C: vybrat sloupce</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Podrobnosti spojení</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Hledat spojení</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Vybrat sloupce</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Spojení</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Podle systému (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope použije nový jazyk po příštím spuštění.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>Zo&amp;brazení</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Připraveno</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Probíhá zachytávání</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Dokončeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zastaveno</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Vyberte jiný soubor v nabídce Zobrazení → Nastavení…, nebo pole vymažte a zůstane vestavěná databáze.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Otevřít soubor zachycení…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pozastavit</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Pozastavit nebo obnovit zachytávání (mezerník, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Za&amp;stavit</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Zastavit zachytávání (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;O aplikaci Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Zachytávání</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Ú&amp;vod</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Přehled</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Rozbor</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Aplikace</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Oznámení</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
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
        <translation>&amp;Systémový</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>S&amp;větlý</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tmavý</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavení…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Zachytávání</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Otevřít soubor zachycení</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Soubory zachycení (*.pcap *.pcapng *.cap *.dmp);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Monitor sítě: s kým tento počítač komunikuje, živě nebo ze souboru zachycení.&lt;/p&gt;&lt;p&gt;Sestaveno s Qt %2 (běží na Qt %3).&lt;br&gt;Zachytává pomocí %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Data AS: &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; a &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Ikony vlajek z projektu &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databáze čteny pomocí libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>O aplikaci Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Po&amp;kračovat</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 paket</numerusform>
            <numerusform>%1 pakety</numerusform>
            <numerusform>%1 paketů</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>zahozeno %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Stránky</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Úvod</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Rozbor</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Oznámení</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Programy se zjišťují během živého zachytávání.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Provoz v čase</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>posledních %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Označit vše jako přečtené</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Oznámení</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Dvojitým kliknutím nebo klávesou Enter zobrazíte rozbor spojení, kterých se upozornění týká</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Zatím žádná oznámení. Během živého zachytávání se zde zobrazují upozornění: na program, který poprvé použije síť, a podle pravidel nastavených v Nastavení.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>Nepřečteno: %1 z %2</translation>
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
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Nad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Po dobu</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Pravidla rychlosti provozu</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Přidat pravidlo rychlosti</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Rychlost provozu nad limitem</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Limity objemu dat</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Přidat datový limit</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Objem dat nad limitem</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Veškerý provoz</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Prázdné: veškerý provoz; jinak cesta nebo název programu</translation>
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
        <translation>den</translation>
    </message>
    <message>
        <source>month</source>
        <translation>měsíc</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Soubory seznamů blokovaných adres</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Vybrat seznamy blokovaných adres</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Seznamy IP (*.netset *.ipset *.txt *.list);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Přidat soubory…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Textové seznamy IP/CIDR (jedna položka na řádek, komentáře za #, jak je zveřejňuje FireHOL), IPv4 i IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Seznamy blokovaných adres</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nenačteno</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Položky označené hvězdičkou</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Znovu upozornit po nečinnosti delší než</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Hostitele, služby a aplikace označíte hvězdičkou na stránkách Přehled, Rozbor a Aplikace.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Oblíbené</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Hostitel %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Služba %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplikace %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Přijaté bajty</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Přijatý provoz IP</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Odeslané bajty</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Odeslaný provoz IP</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakety</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Všechny zachycené rámce</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pakety/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Pakety za poslední sekundu</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Toky</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Dosud zjištěná spojení</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Zahozeno</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Rámce ztracené v jádře, v adaptéru nebo ve frontě Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Doba trvání</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Pokrytá doba zachytávání</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Provoz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Jednotka:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bajty/s</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bity/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>pakety/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Nejaktivnější aplikace</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Kliknutím na aplikaci zobrazíte rozbor jejích spojení</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Nejaktivnější hostitelé</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Nejaktivnější služby</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hostitel %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>služba %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplikace %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Kliknutím na položku zobrazíte rozbor jejích spojení</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Dosud zjištěná spojení (nyní v tabulce: %1)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programy stojící za spojeními</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Způsob zjišťování programů</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automaticky (eBPF, kde je povoleno, jinak snímky)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Události socketů eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Jen snímky</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Vyrovnávací paměť událostí</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Platí od příštího živého zachytávání.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Způsob zjišťování programů:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Vyrovnávací paměť událostí:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Přesunout ji jinam a založit novou</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Databáze zemí:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>Databáze AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Prázdné: vestavěné databáze DB-IP Lite. Fungují soubory MMDB z GeoLite2, GeoIP2, DB-IP a IPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Zjišťovat názvy hostitelů pro adresy (reverzní DNS, živé zachytávání)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Oznámení</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Soubor databáze zemí</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Soubor databáze AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Vestavěná (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Vybrat databázi</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Soubory MaxMind DB (*.mmdb);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Nadále se používá vestavěná databáze.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Uložit zachycený provoz do souboru pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Spustit zachytávání</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Otevřít soubor zachycení…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Sledujte svou síť&lt;/h2&gt;Vyberte adaptér pro živé zachytávání, nebo otevřete soubor zachycení.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Zjišťuje se, zda Flowscope smí v tomto počítači zachytávat…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Filtr zachytávání:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Výraz BPF, např. tcp port 443 nebo host 10.0.0.1 (prázdné: vše)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Síťové adaptéry</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Soubor, do kterého se zachycený provoz uloží</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>zachyceni.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Soubory zachycení</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Nedávné soubory:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Nedávno otevřené soubory zachycení</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Bez filtru: zachytí se každý paket.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>platný</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Nejprve opravte filtr zachytávání</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Uložit zachycený provoz jako</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Soubory pcap (*.pcap);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Otevřít soubor zachycení</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Soubory zachycení (*.pcap *.pcapng *.cap);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Soubory zachycení lze otevírat i nadále.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Zde se zobrazí soubory, které otevřete</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Spouštění</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Spouštět Flowscope po přihlášení</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Při spuštění Flowscope obnovit poslední živé zachytávání</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Po přihlášení spustí Flowscope v oznamovací oblasti, bez okna.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Když se Flowscope spustí bez souboru zachycení nebo adaptéru, začne znovu zachytávat na adaptéru a s filtrem posledního živého zachytávání.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>Vysoký &amp;kontrast</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Otevřít složku &amp;motivů…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (neplatný)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Soubor motivu %1 nebyl použit: %2 Opravte ho a pak ho znovu vyberte v nabídce Zobrazení → Motiv.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>soubor je větší než 64 KB; motiv je seznam několika barev (viz docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>soubor nemá řádek „name = …“; přidejte jej se jménem, které se má zobrazit.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>řádek %1: očekáváno „klíč = hodnota“.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>řádek %1: „%2“ je uvedeno dvakrát; ponechte jedno.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>řádek %1: název musí mít 1 až 80 znaků textu v UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>řádek %1: based-on musí být „light“ nebo „dark“.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>řádek %1: neznámý klíč „%2“; docs/themes.md uvádí klíče, které motiv smí nastavit.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>řádek %1: „%2“ není barva; zapište ji jako #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Soubor motivu %1 je špatně čitelný: %2 na %3 má kontrast jen %4:1, méně než 4,5:1, které text potřebuje. Zvolte v souboru barvy, které se více liší.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
přijato %2, odesláno %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bajty</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Podíl</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Příchozí</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Odchozí</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Provoz v čase</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Žádný provoz</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Soubory: tažením přiblížíte časový úsek, kliknutím pravým tlačítkem oddálíte (klávesnice: +, - a 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>žádný provoz po dobu %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Zatím žádný provoz.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Naposledy: příchozí %1, odchozí %2. Maximum: příchozí %3 v %4, odchozí %5 v %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Zobrazit okno</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zastavit</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Přepnout adaptér</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Otevřít Přehled</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Otevřít Aplikace</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Otevřít Oznámení</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Ztlumit oznámení</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Na 1 hodinu</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Do zítřka</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Zrušit ztlumení</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Kompaktní okno</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Toto pracovní prostředí nemá oznamovací oblast (GNOME potřebuje rozšíření AppIndicator), a proto zavření okna Flowscope ukončí.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Toto pracovní prostředí nemá oznamovací oblast (GNOME potřebuje rozšíření AppIndicator), a proto se místo minimalizovaného spuštění zobrazí okno.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Skrýt okno</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Žádné adaptéry</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Na %1 nelze zachytávat</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope pokračuje ve sledování</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Ikona v oznamovací oblasti okno znovu otevře; příkaz Ukončit najdete v její nabídce.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Oznamovací oblast</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Zeptat se</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Pokračovat ve sledování v oznamovací oblasti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Zavření okna:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>nejde o adresu http:// ani https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>stavový kód HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>žádná odpověď do %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Webhook pro oznámení %1 selhal (%2); upozornění jsou dál uvedena na stránce Oznámení. Zkontrolujte adresu v Nastavení.</translation>
    </message>
</context>
</TS>
