<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 i jeszcze %2</numerusform>
            <numerusform>%1 i jeszcze %2</numerusform>
            <numerusform>%1 i jeszcze %2</numerusform>
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
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Cały ruch</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Ruch programu %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Ulubiony host %1 jest aktywny</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Ulubiona usługa %1 jest aktywna</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Ulubiony program %1 jest aktywny</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 program po raz pierwszy skorzystał z sieci</numerusform>
            <numerusform>%1 programy po raz pierwszy skorzystały z sieci</numerusform>
            <numerusform>%1 programów po raz pierwszy skorzystało z sieci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Połączono z %1 adresem z listy blokowanych</numerusform>
            <numerusform>Połączono z %1 adresami z list blokowanych</numerusform>
            <numerusform>Połączono z %1 adresami z list blokowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 szybkość transferu przekraczała limit</numerusform>
            <numerusform>%1 szybkości transferu przekraczały limity</numerusform>
            <numerusform>%1 szybkości transferu przekraczało limity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>Uaktywnił się %1 ulubiony element</numerusform>
            <numerusform>Uaktywniły się %1 ulubione elementy</numerusform>
            <numerusform>Uaktywniło się %1 ulubionych elementów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>Przekroczono %1 limit danych</numerusform>
            <numerusform>Przekroczono %1 limity danych</numerusform>
            <numerusform>Przekroczono %1 limitów danych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 problem z przechwytywaniem</numerusform>
            <numerusform>%1 problemy z przechwytywaniem</numerusform>
            <numerusform>%1 problemów z przechwytywaniem</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Pierwsze połączenia: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Nawiązano połączenia z adresami z list blokowanych adresów: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Ruch przekraczał limit: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Rozpoczął się ruch: %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Ruch przekroczył limit danych: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Wystąpiły problemy z przechwytywaniem: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>Program %1 po raz pierwszy skorzystał z sieci</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 jest na liście blokowanych adresów %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: powyżej %2 przez %3 s</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: przekroczono dzienny limit danych %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: przekroczono miesięczny limit danych %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>Karta sieciowa zniknęła</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>Przechwytywanie zatrzymało się z powodu błędu</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>Przechwytywanie traci %1 ramek</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>Program %1 nawiązał pierwsze połączenie.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>Program %1 nawiązał pierwsze połączenie (użytkownik %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Nawiązano połączenie z adresem %1, który na liście %2 figuruje jako %3 (wiersz %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>Program %5 nawiązał połączenie z adresem %1, który na liście %2 figuruje jako %3 (wiersz %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Rozpoczął się ruch: %1 przez %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Rozpoczął się ruch: %1 przez %2 (program %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 przekraczał %2 przez %3 sekundę.</numerusform>
            <numerusform>%1 przekraczał %2 przez %3 sekundy.</numerusform>
            <numerusform>%1 przekraczał %2 przez %3 sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 osiągnął dziś %2, przekraczając limit %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 osiągnął w tym miesiącu %2, przekraczając limit %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>W ciągu ostatnich %3 s utracono %1 z %2 ramek; komputer lub Flowscope nie nadąża. Zawęź przechwytywanie filtrem lub zamknij inne programy obciążające komputer.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope nie mógł utworzyć folderu %1, więc nie będzie uruchamiany po zalogowaniu; sprawdź, czy możesz w nim zapisywać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope nie mógł zapisać %1 (%2), więc nie będzie uruchamiany po zalogowaniu; sprawdź, czy możesz zapisywać w %3, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope nie mógł usunąć %1 (%2), więc nadal będzie uruchamiany po zalogowaniu; sprawdź, czy możesz zapisywać w %3, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope nie mógł zapisać wartości rejestru %1, więc nie będzie uruchamiany po zalogowaniu; sprawdź, czy Twoje konto może ją zmieniać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope nie mógł usunąć wartości rejestru %1, więc nadal będzie uruchamiany po zalogowaniu; sprawdź, czy Twoje konto może ją zmieniać, i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Odmowa dostępu: Flowscope nie może odczytać pliku %1. Nadaj swojemu użytkownikowi prawo odczytu tego pliku lub skopiuj go do jednego ze swoich folderów, a następnie otwórz go ponownie.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Nie ma karty sieciowej o nazwie „%1”. Wybierz jedną z kart wymienionych na stronie Start.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>Karta sieciowa %1 została wyłączona lub zniknęła podczas przechwytywania. Podłącz ją ponownie i zacznij od nowa albo wybierz inną kartę na stronie Start; to, co już przechwycono, pozostaje widoczne.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Nie wybrano karty sieciowej; wybierz ją na stronie Start.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Nie można otworzyć %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Zamknij Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Kontynuować monitorowanie w zasobniku systemowym?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope może dalej przechwytywać ruch i wysyłać powiadomienia przy zamkniętym oknie; jego ikona w zasobniku systemowym przywraca okno. Możesz też zakończyć program i przerwać monitorowanie.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Zostaw w zasobniku</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Nie pytaj ponownie (można to zmienić w Ustawieniach)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope nie mógł pobrać listy kart sieciowych (libpcap: %1); sprawdź, czy stos sieciowy systemu działa, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap nie mógł przygotować kompilatora filtrów (brak pamięci?); spróbuj ponownie lub uruchom ponownie Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Filtr przechwytywania „%1” jest nieprawidłowy: %2; popraw go (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>zob. `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>wyczerpano przydział miejsca na dysku</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>plik osiągnął największy dozwolony rozmiar</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>dysk zgłosił błąd</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope nie ma uprawnień do zapisu %1 (%2); wybierz folder, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 to folder; podaj nazwę pliku pcap do zapisania, np. %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>Folder pliku %1 nie istnieje; utwórz go lub wybierz inną lokalizację.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope nie może utworzyć %1 (%2); wybierz inną lokalizację.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Zapis do %1 zatrzymano (zapisane ramki: %2), ponieważ %3 (%4); plik zawiera te ramki i nadal da się go odczytać, a przechwytywanie trwa dalej bez zapisywania: zwolnij miejsce na dysku lub wybierz inną lokalizację.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Zapis do %1 zatrzymano (zapisane ramki: %2), ponieważ %3 (%4); ostatnia ramka pliku może być ucięta, a przechwytywanie trwa dalej bez zapisywania: zwolnij miejsce na dysku lub wybierz inną lokalizację.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope nie może zapisać %1, ponieważ %2 (%3); zwolnij miejsce na dysku lub wybierz inną lokalizację.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>Zapis %1 nie powiódł się podczas zamykania pliku (%2); dysk mógł nie pomieścić całości — sprawdź plik lub wybierz inną lokalizację.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>Plik %1 kończy się w środku %2 (przesunięcie w bajtach: %3): plik został ucięty; odczytano %4 pełny pakiet sprzed tego miejsca.</numerusform>
            <numerusform>Plik %1 kończy się w środku %2 (przesunięcie w bajtach: %3): plik został ucięty; odczytano %4 pełne pakiety sprzed tego miejsca.</numerusform>
            <numerusform>Plik %1 kończy się w środku %2 (przesunięcie w bajtach: %3): plik został ucięty; odczytano %4 pełnych pakietów sprzed tego miejsca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>Odczyt %1 nie powiódł się (przesunięcie w bajtach: %2; %3); sprawdź dysk lub skopiuj plik na dysk lokalny.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>Plik %1 jest pusty (0 bajtów), więc nie zawiera pakietów; wybierz plik przechwytywania zapisany przez Wireshark, tcpdump lub Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>Plik %1 ma tylko %2 bajt — to za mało jak na plik przechwytywania pcap lub pcapng.</numerusform>
            <numerusform>Plik %1 ma tylko %2 bajty — to za mało jak na plik przechwytywania pcap lub pcapng.</numerusform>
            <numerusform>Plik %1 ma tylko %2 bajtów — to za mało jak na plik przechwytywania pcap lub pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 nie jest plikiem przechwytywania pcap ani pcapng (nieznana liczba magiczna %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 nie istnieje; sprawdź nazwę pliku i folder.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope nie ma uprawnień do odczytu %1; nadaj swojemu użytkownikowi prawo odczytu tego pliku lub skopiuj go w inne miejsce.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>Nie można otworzyć %1 (%2); sprawdź, czy plik jest dostępny.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 to folder, a nie plik przechwytywania; wybierz znajdujący się w nim plik .pcap lub .pcapng.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>więc nie udało się z niego odczytać żadnego pakietu (pcapfix może naprawić plik).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>więc odczyt zatrzymał się po %1 poprzedzającym go pakiecie (pcapfix może naprawić plik).</numerusform>
            <numerusform>więc odczyt zatrzymał się po %1 poprzedzających go pakietach (pcapfix może naprawić plik).</numerusform>
            <numerusform>więc odczyt zatrzymał się po %1 poprzedzających go pakietach (pcapfix może naprawić plik).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Nie wybrano karty sieciowej; wybierz jedną z listy `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Uruchom Flowscope z uprawnieniami administratora lub jednorazowo nadaj mu wymaganą zdolność (capability): %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>Plik %1 jest ucięty: ma tylko %2 B, mniej niż 24-bajtowy nagłówek pliku pcap, więc prawdopodobnie nie został w całości zapisany lub skopiowany.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 używa formatu pcap w wersji %2.%3, której Flowscope nie potrafi odczytać; przekonwertuj go do pcapng poleceniem „Zapisz jako” w programie Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>pakietu %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>Plik %1 jest uszkodzony: nagłówek rekordu %2 (przesunięcie w bajtach: %3) deklaruje liczbę przechwyconych bajtów %4, większą niż limit %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Nie ma karty sieciowej o nazwie „%1”; uruchom `flowscope-cli interfaces`, aby wyświetlić karty, na których możesz przechwytywać.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope nie ma uprawnień do przechwytywania na karcie %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>Karta sieciowa %1 jest wyłączona; włącz ją (lub podłącz) i ponownie uruchom przechwytywanie.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>Karta sieciowa %1 nie obsługuje trybu monitorowania; wybierz inną kartę.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope nie mógł rozpocząć przechwytywania na karcie %1 (%2: %3); sprawdź kartę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Nie można zainstalować filtra przechwytywania „%1” na karcie %2 (%3: %4); spróbuj prostszego filtra.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope nie mógł przygotować przechwytywania na karcie %1 (%2: %3); spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>Karta sieciowa %1 została wyłączona lub zniknęła podczas przechwytywania (%2: %3); podłącz ją ponownie lub wybierz inną kartę za pomocą `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>Przechwytywanie na karcie %1 nie powiodło się (%2: %3); uruchom przechwytywanie ponownie.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>blok %1 przy przesunięciu %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>Plik %1 jest ucięty: kończy się wewnątrz nagłówka sekcji pcapng, więc prawdopodobnie nie został w całości zapisany lub skopiowany.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>Plik %1 jest uszkodzony: nagłówek sekcji (%2) ma tylko %3 B (wymagane co najmniej 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 używa formatu pcapng w wersji %2.%3, której Flowscope nie potrafi odczytać; zapisz go ponownie w programie Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>Plik %1 jest uszkodzony: opcja nagłówka sekcji (%2) deklaruje %3 B, więcej niż mieści jej blok, więc nie można odczytać z pliku żadnego pakietu (pcapfix może naprawić plik).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>Plik %1 jest uszkodzony: opis interfejsu (%2) jest za krótki.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>Plik %1 jest uszkodzony: opcja opisu interfejsu (%2) deklaruje %3 B, więcej niż mieści jej blok, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloku %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>Plik %1 jest uszkodzony: nagłówek sekcji (%2) ma nieprawidłową liczbę magiczną kolejności bajtów.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>ma długość %1 B, mniejszą niż minimalne 12 bajtów</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>ma długość %1 B, która nie jest wielokrotnością 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>deklaruje długość %1 B, większą niż ma jakikolwiek rzeczywisty blok</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>ma końcowe pole długości różne od początkowego (%1 zamiast %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>jest blokiem pakietu za krótkim na swoje pola</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>deklaruje więcej przechwyconych bajtów (%1), niż mieści jego blok</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>odwołuje się do interfejsu %1, ale jego sekcja opisuje przed nim tylko %2 interfejs</numerusform>
            <numerusform>odwołuje się do interfejsu %1, ale jego sekcja opisuje przed nim tylko %2 interfejsy</numerusform>
            <numerusform>odwołuje się do interfejsu %1, ale jego sekcja opisuje przed nim tylko %2 interfejsów</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>jest prostym blokiem pakietu za krótkim na swoje pola</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>jest pakietem, ale jego sekcja nie opisuje przed nim żadnego interfejsu</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>Plik %1 jest uszkodzony: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap został zainstalowany tylko dla administratorów: uruchom Flowscope jako administrator lub zainstaluj ponownie Npcap bez opcji „Restrict Npcap driver&apos;s access to Administrators only”.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>zob. składnię pcap-filter pod adresem %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Pod ścieżką „%1” nie ma jeszcze bazy danych historii; tworzy ją przechwytywanie na żywo (zapisuje je aplikacja desktopowa lub uruchom flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>Nie można odczytać bazy danych historii „%1” (brak uprawnień do niej lub — w trakcie zapisu — do jej folderu); odczytaj ją jako jej właściciel lub ją skopiuj.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>„%1” to baza danych innego programu, a nie historia Flowscope; wybierz inny plik.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>Baza danych historii „%1” została zapisana przez nowszą wersję Flowscope (schemat %2, ta wersja zna schematy do %3); zaktualizuj Flowscope lub wybierz inny plik.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>Baza danych historii „%1” jest uszkodzona (wersja schematu %2, której nie zapisuje żadna wersja Flowscope); przenieś ją w inne miejsce i zacznij nową.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>„%1” nie zawiera jeszcze historii; zapisuje się w niej przechwytywanie na żywo.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Nie można utworzyć folderu bazy danych historii „%1” (%2); wybierz inny plik lub zezwól na zapis w tym miejscu.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Nie udało się przenieść uszkodzonej bazy danych historii „%1” (%2); przenieś ją lub usuń samodzielnie.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>Baza danych historii „%1” jest zablokowana przez inny program; zamknij ten program (lub wybierz inny plik) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>Nie można zapisywać w bazie danych historii „%1” (tylko do odczytu lub brak uprawnień); zezwól na zapis w niej i w jej folderze lub wybierz inny plik.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>Baza danych historii „%1” jest uszkodzona; przenieś ją w inne miejsce i zacznij nową (tego, co w niej zapisano, nie da się odczytać).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Dysk z bazą danych historii „%1” jest pełny; zwolnij miejsce lub zmniejsz limit rozmiaru historii, a następnie ponownie rozpocznij zapis.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Nie można otworzyć bazy danych historii „%1”; sprawdź, czy jej folder istnieje i czy można w nim zapisywać, lub wybierz inny plik.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Nie można otworzyć bazy danych historii „%1” (%2); sprawdź, czy jej folder istnieje i czy można w nim zapisywać, lub wybierz inny plik.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Nie udało się odczytać ani zapisać bazy danych historii „%1” (błąd wejścia/wyjścia); sprawdź dysk, na którym się znajduje.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Nie udało się odczytać ani zapisać bazy danych historii „%1” (błąd wejścia/wyjścia: %2); sprawdź dysk, na którym się znajduje.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>Baza danych historii „%1” zwróciła nieoczekiwany błąd.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>Baza danych historii „%1” zwróciła nieoczekiwany błąd (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Filtra przechwytywania nie można zastosować do typu łącza %1; ramki tego typu zostały pominięte.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>Liczba ramek, których nie zapisano w %2, bo dysk był zbyt wolny: %1.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope nie dekoduje typu łącza %1: jego pakiety są liczone jako inne niż IP i nie tworzą połączeń; otwórz przechwycone dane w programie Wireshark, aby zobaczyć ich zawartość.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Odwrotny DNS jest wyłączony: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Nie można zidentyfikować procesów: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Jądro odrzuciło zdarzenia gniazd, ponieważ bufor zdarzeń był pełny, więc niektóre krótkie połączenia mogą nie mieć przypisanego programu; zwiększ bufor zdarzeń (Ustawienia lub --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>wystąpił nieznany błąd.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Komponent „%1” przestał działać: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Nie można rozwiązać nazwy kolektora „%1” (%2); podaj adres lub znaną nazwę hosta.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Nie można otworzyć gniazda UDP do kolektora %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>numery AS, ale nie kraje</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>kraje, ale nie numery AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>dane, w których nie ma ani krajów, ani numerów AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>bazę danych krajów (GeoLite2 lub GeoIP2 Country albo City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>bazę danych AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Plik „%1” (%2) zawiera %3; wybierz %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>brak typu</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Plik bazy danych „%1” nie istnieje; sprawdź ścieżkę.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>„%1” to folder, a nie plik bazy danych; wybierz plik .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Nie można odczytać pliku bazy danych „%1” (odmowa dostępu); sprawdź jego uprawnienia.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Nie można otworzyć pliku bazy danych „%1” (%2); sprawdź dysk i ścieżkę.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Plik bazy danych „%1” jest uszkodzony: %2; pobierz go ponownie.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Nie udało się odczytać pliku bazy danych „%1”; sprawdź dysk i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1” nie jest plikiem MaxMind DB (.mmdb) lub jego metadane są uszkodzone; wybierz plik .mmdb z GeoLite2, GeoIP2, DB-IP lub IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Nie można wczytać pliku bazy danych „%1” (zapisane w nim rozmiary nie mieszczą się w pamięci, więc plik jest prawdopodobnie uszkodzony); pobierz go ponownie.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>Wyszukiwanie %1 w „%2” nie powiodło się: %3; pobierz plik ponownie.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Nie można odczytać rekordu dla %1 w „%2”: %3; pobierz plik ponownie.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Nie można odczytać pliku bazy danych „%1” (%2); sprawdź dysk i ścieżkę.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1” jest pusty; wybierz plik .mmdb z GeoLite2, GeoIP2, DB-IP lub IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>„%1” nie jest zwykłym plikiem; wybierz plik .mmdb z GeoLite2, GeoIP2, DB-IP lub IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Brak pamięci na prywatną kopię pliku bazy danych „%1” (%2); zamknij inne programy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Plik bazy danych „%1” ciągle się zmieniał podczas odczytu; spróbuj ponownie, gdy zapis pliku zostanie ukończony.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Plik listy blokowanych adresów %1 nie istnieje; sprawdź ścieżkę.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 to folder, a nie plik listy blokowanych adresów; wybierz znajdujący się w nim plik listy.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 nie jest zwykłym plikiem (to potok, gniazdo lub urządzenie); wybierz plik listy.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Nie można odczytać pliku listy blokowanych adresów %1 (%2); sprawdź jego uprawnienia.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 zawiera dane binarne (bajt zerowy, przesunięcie w bajtach: %2), więc nie jest tekstową listą blokowanych adresów; wybierz listę IP/CIDR w postaci zwykłego tekstu.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>Odczyt pliku listy blokowanych adresów %1 nie powiódł się (odczytano bajtów: %2); sprawdź dysk.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 nie zawiera żadnych adresów (jest pusty lub zawiera tylko komentarze); wybierz listę z co najmniej jednym adresem IP lub prefiksem.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%1 wiersz w %2 niebędący komentarzem nie jest adresem IP ani prefiksem, więc plik nie jest listą blokowanych adresów; wybierz listę IP/CIDR w postaci zwykłego tekstu.</numerusform>
            <numerusform>Żaden z %1 wierszy w %2 niebędących komentarzami nie jest adresem IP ani prefiksem, więc plik nie jest listą blokowanych adresów; wybierz listę IP/CIDR w postaci zwykłego tekstu.</numerusform>
            <numerusform>Żaden z %1 wierszy w %2 niebędących komentarzami nie jest adresem IP ani prefiksem, więc plik nie jest listą blokowanych adresów; wybierz listę IP/CIDR w postaci zwykłego tekstu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 zawiera więcej niż jedno słowo</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 nie jest adresem ani prefiksem IPv4 lub IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>długość prefiksu w %1 musi być liczbą od 0 do %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Wiersz %1 przekracza dopuszczalną długość (maksymalna liczba znaków: %2), więc zostaje pominięty (reszta listy i tak zostanie wczytana).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Wiersz %1: %2, więc wiersz zostaje pominięty (reszta listy i tak zostanie wczytana).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Wiersz %1: %2 ma ustawione bity poza długością prefiksu; wpis zostaje wczytany jako %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Plik znanych programów %1 nie jest zwykłym plikiem. Nowe programy są zapamiętywane tylko do zamknięcia Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Nie można odczytać pliku znanych programów %1 (%2). Nowe programy są zapamiętywane tylko do zamknięcia Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Plik znanych programów %1 jest uszkodzony (nie jest listą programów); przenieś go w inne miejsce, aby zacząć nowy. Nowe programy są zapamiętywane tylko do zamknięcia Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Nie udało się odczytać pliku znanych programów %1 do końca. Nowe programy są zapamiętywane tylko do zamknięcia Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Nie można zapisać pliku znanych programów %1 (zapis %2 nie powiódł się); nowe programy są zapamiętywane tylko do zamknięcia Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Nie można zastąpić pliku znanych programów %1 (%2); nowe programy są zapamiętywane tylko do zamknięcia Flowscope.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Operacja niedozwolona</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Nie ma takiego pliku ani katalogu</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Błąd wejścia/wyjścia</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Nie ma takiego urządzenia ani adresu</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Zasób chwilowo niedostępny</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Nie można przydzielić pamięci</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Odmowa dostępu</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Urządzenie lub zasób jest zajęty</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Plik już istnieje</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Nie ma takiego urządzenia</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>To nie jest katalog</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>To jest katalog</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Nieprawidłowy argument</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Za dużo otwartych plików w systemie</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Za dużo otwartych plików</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Plik jest za duży</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Brak miejsca na urządzeniu</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>System plików tylko do odczytu</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Przerwany potok</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Za długa nazwa pliku</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Za dużo poziomów dowiązań symbolicznych</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Komunikat jest za długi</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Rodzina adresów nieobsługiwana przez protokół</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adres jest już w użyciu</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Nie można przypisać żądanego adresu</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Sieć nie działa</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Sieć jest nieosiągalna</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Oprogramowanie spowodowało przerwanie połączenia</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Połączenie zerwane przez drugą stronę</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Brak miejsca w buforze</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Punkt końcowy transportu nie jest połączony</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Przekroczony czas oczekiwania na połączenie</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Połączenie odrzucone</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Brak trasy do hosta</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Przekroczony przydział miejsca na dysku</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; zamiast tego Flowscope używa wbudowanej bazy danych krajów.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; zamiast tego Flowscope używa wbudowanej bazy danych AS.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; wbudowanej bazy danych krajów również nie można użyć (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; wbudowanej bazy danych AS również nie można użyć (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Baza danych krajów „%1” zmieniła się na dysku; Flowscope sprawdził ją i znów jej używa.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Baza danych AS „%1” zmieniła się na dysku; Flowscope sprawdził ją i znów jej używa.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>Baza danych krajów zmieniła się w trakcie używania: %1; Flowscope używa wbudowanej bazy danych krajów, dopóki plik znów nie będzie nadawał się do użytku.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>Baza danych AS zmieniła się w trakcie używania: %1; Flowscope używa wbudowanej bazy danych AS, dopóki plik znów nie będzie nadawał się do użytku.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Nie udało się wysłać komunikatów IPFIX do %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Nie udało się wysłać komunikatu IPFIX do kolektora (%1); czy nasłuchuje on na %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>wysłano tylko częściowo</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>kolektor nie odbiera komunikatów wystarczająco szybko (bufor o rozmiarze %1 KiB jest pełny)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>wypróbowane adresy: %1, błędy: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>połączenie z kolektorem nie powiodło się (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>kolektor zamknął połączenie</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>kolektor nie odebrał na czas ostatnich komunikatów</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>przed otwarciem karty %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Program pomocniczy przechwytywania %1 nie otworzył karty %2 w ciągu 30 sekund; uruchom przechwytywanie ponownie.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>podczas przechwytywania na karcie %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>kod wyjścia %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>zakończony sygnałem %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>zakończony sygnałem %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>stan %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope nie mógł uruchomić swojego programu pomocniczego przechwytywania (pipe: %1); spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope nie mógł uruchomić swojego programu pomocniczego przechwytywania %1 (%2); zainstaluj Flowscope ponownie lub ustaw FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>jego stan jest nieznany</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Program pomocniczy przechwytywania %1 nieoczekiwanie zakończył działanie %2 (%3); uruchom przechwytywanie ponownie, a jeśli problem będzie się powtarzał, sprawdź dziennik systemowy.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Program pomocniczy przechwytywania %1 wysłał dane, których Flowscope nie potrafi odczytać (%2); upewnij się, że należy on do tej wersji Flowscope, i uruchom przechwytywanie ponownie.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Program pomocniczy przechwytywania nie mógł zrzec się swoich uprawnień (%1); przechwytywanie działa, ale program pomocniczy nadal pracuje z podwyższonymi uprawnieniami.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Odczyt tablicy gniazd przez netlink nie powiódł się (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Nie można odczytać %1 (%2); tablica gniazd jest niedostępna.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Zdarzenia te ładuje program pomocniczy przechwytywania.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Zdarzenia gniazd eBPF są nieaktywne: %1; zamiast tego właściciele gniazd są ustalani na podstawie migawek tablicy gniazd.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>ta wersja Flowscope została zbudowana bez obsługi eBPF (podczas budowania brakowało libbpf, clang lub bpftool)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>ich załadowanie wymaga konta root lub uprawnień CAP_BPF i CAP_PERFMON (oraz jądra, które nie działa w trybie lockdown)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>jądro odrzuciło moduł śledzący (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>dołączenie do punktów śledzenia wymaga konta root lub uprawnienia CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>w jądrze brakuje potrzebnego im punktu śledzenia (sock_send_length i sock_recv_length pojawiły się w Linuksie 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>nie można otworzyć modułu śledzącego (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>jądro nie ma informacji o typach BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Właściciele gniazd są ustalani na podstawie zdarzeń gniazd eBPF (punktów śledzenia jądra), a awaryjnie na podstawie migawek tablicy gniazd.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Właściciele gniazd są ustalani na podstawie migawek tablicy gniazd, zgodnie z wyborem.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Właściciele gniazd są ustalani na podstawie migawek tablicy gniazd: zdarzenia gniazd eBPF są dostępne tylko w systemie Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Podaj adres lub nazwę hosta kolektora, np. 192.0.2.10 lub collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>„%1” nie jest ani adresem IP, ani nazwą hosta; podaj np. 192.0.2.10 lub collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>Port „%1” jest poza zakresem: podaj liczbę od 1 do 65535 (kolektory IPFIX zwykle nasłuchują na porcie 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Nie można rozwiązać nazwy hosta „%1” na adres; sprawdź jej pisownię lub podaj adres IP kolektora.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Nie można zapisać raportu w %1: %2. Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplikacje</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosty</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Sieci (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Nieznana aplikacja</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Nieznany host</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Nieznana usługa</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Nieznany kraj</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Nieznana sieć</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Brak historii: przechwytywanie na żywo jest zapisywane w %1 (Ustawienia → Historia), a zapisany ruch pojawia się tutaj.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>Baza danych historii %1 jest uszkodzona lub nie jest bazą danych historii: przenieś ją w inne miejsce lub usuń, a następne przechwytywanie na żywo utworzy nową.</translation>
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
        <translation>usługa %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplikacja %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>ta wersja Flowscope została zbudowana bez obsługi eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>zdarzenia gniazd eBPF są dostępne tylko w systemie Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>jądro nie ma informacji o typach BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>program pomocniczy przechwytywania potrzebuje do eBPF uprawnień CAP_BPF i CAP_PERFMON.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF wymaga konta root lub uprawnień CAP_BPF i CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>jądro nie ma wymaganych punktów śledzenia (Linux 6.3 lub nowszy).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Programy są ustalane na podstawie zdarzeń gniazd eBPF (ładowanych przez program pomocniczy przechwytywania), a awaryjnie na podstawie migawek.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Programy są ustalane na podstawie zdarzeń gniazd eBPF, a awaryjnie na podstawie migawek.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Programy są ustalane na podstawie migawek tablicy gniazd, zgodnie z wyborem.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Programy są ustalane na podstawie migawek tablicy gniazd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>Utracono %n zdarzenie gniazda, ponieważ bufor zdarzeń był pełny; większy bufor je zachowa.</numerusform>
            <numerusform>Utracono %n zdarzenia gniazd, ponieważ bufor zdarzeń był pełny; większy bufor je zachowa.</numerusform>
            <numerusform>Utracono %n zdarzeń gniazd, ponieważ bufor zdarzeń był pełny; większy bufor je zachowa.</numerusform>
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
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
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
        <translation>Ostatnie przechwytywanie na żywo (na %1) nie zostało wznowione. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Nie można odczytać reguły szybkości transferu „%1” zapisanej w ustawieniach; zostanie pominięta. Dodaj ją ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Nie można odczytać reguły limitu danych „%1” zapisanej w ustawieniach; zostanie pominięta. Dodaj ją ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>Ulubiony host „%1” nie jest adresem IP; zostanie pominięty.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Ulubiona usługa „%1” nie ma postaci tcp/443; zostanie pominięta.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … (pozostałe wiersze z problemami: %2).</translation>
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
        <translation>Usuń gwiazdkę: %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Oznacz gwiazdką: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Oznacz gwiazdką lub usuń gwiazdkę</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Tylko oznaczone gwiazdką</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Pokaż tylko elementy oznaczone gwiazdką (aby oznaczyć element, kliknij go prawym przyciskiem myszy lub naciśnij Ctrl+D)</translation>
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
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Odebrano %1 · Wysłano %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Najwięcej: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Trwa przechwytywanie</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 nieprzeczytane powiadomienie</numerusform>
            <numerusform>%1 nieprzeczytane powiadomienia</numerusform>
            <numerusform>%1 nieprzeczytanych powiadomień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Wyczyść: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>aktywna</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nieaktywna</translation>
    </message>
    <message>
        <source>running</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>pętla zwrotna</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>bezprzewodowa</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Ruch na %1 w ostatniej minucie</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 nie udostępnia liczników ruchu</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Karta sieciowa</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Nowy program</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Adres z listy blokowanych</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Szybkość transferu</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Aktywność ulubionego</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Limit danych</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Problem z przechwytywaniem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (wyciszone)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Nie dostarczono: powiadomienia były wyciszone.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>W dzisiejszej historii nie ma jeszcze nic z tej aplikacji.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Dziś od północy (historia): odebrano %1, wysłano %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Szybkość odbioru + wysyłania w ostatniej minucie, najnowsze dane po prawej</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID-y</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Szybkość odbioru</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Szybkość wysyłania</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Odebrano łącznie</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Wysłano łącznie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Połączenia</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>aplikacja %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplikacje</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Kliknij dwukrotnie lub naciśnij Enter, aby przeanalizować połączenia aplikacji</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Aplikacje są znane tylko podczas przechwytywania na żywo: rozpocznij przechwytywanie na karcie sieciowej, aby zobaczyć, które programy korzystają z sieci.</translation>
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
        <translation>Kliknij dwukrotnie, aby wrócić do głównego okna; przeciągnij, aby przesunąć.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Brak aplikacji (tylko przy przechwytywaniu na żywo)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Okno kompaktowe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Brak przechwytywania</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Wstrzymano na %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Przechwytywanie na %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Wstrzymano odczyt %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Odczyt %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Pokaż główne okno</translation>
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
            <numerusform>%1 (%2 bajtów)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Kopiuj wszystko</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Kopiuj wszystkie pola, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokalny</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Zdalny</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Port usługi</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bajty odebrane</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bajty wysłane</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakiety odebrane</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakiety wysłane</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Szybkość odbioru</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Szybkość wysyłania</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pierwsze wystąpienie</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnie wystąpienie</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Flagi TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID przepływu</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID-y</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Wiersz poleceń</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nazwa hosta</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Źródło nazwy</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Rodzaj adresu</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiuj: %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Wybierz połączenie, aby zobaczyć jego szczegóły.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Już nie ma go w tabeli</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Tylko aktywne</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Tylko oznaczone gwiazdką</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Szukaj połączeń</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Dowolny protokół</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Dowolny kierunek</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Głównie wychodzące</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Głównie przychodzące</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adres lub CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Adres (10.1.2.3, 2001:db8::1) lub sieć (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Dowolna aplikacja</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Kraj, AS lub domena</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Kod kraju (US), numer AS (AS15169) lub domena (google.com pasuje do www.google.com); kilka wartości rozdzielonych spacjami musi być spełnionych jednocześnie</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Tylko połączenia z ruchem w ostatnim interwale</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Tylko połączenia z hostem, usługą lub aplikacją oznaczonymi gwiazdką</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplikacja %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>To nie jest adres ani sieć; nadal obowiązuje poprzedni filtr</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>ukryty (użytkownik %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Gniazdo użytkownika %1: uruchom Flowscope z wyższymi uprawnieniami, aby zobaczyć jego program.</translation>
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
ścieżka %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
użytkownik %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
port %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Plik przechwytywania nie ma bieżącej szybkości; wykres na stronie Przegląd pokazuje jego ruch w czasie.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Bajty na sekundę w ostatnim interwale</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Tylko przy przechwytywaniu na żywo: plik przechwytywania nie ma bieżącej szybkości</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokalny</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Zdalny</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bajty odebrane</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bajty wysłane</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakiety odebrane</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakiety wysłane</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Szybkość odbioru</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Szybkość wysyłania</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pierwsze wystąpienie</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnie wystąpienie</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Program, do którego należy to połączenie, jest nieznany.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nazwa hosta</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (źródło: %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Flaga: %1</translation>
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
        <translation>Powiadamiaj, gdy program po raz pierwszy korzysta z sieci</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Odtwarzaj dźwięk przy każdym powiadomieniu</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Wyłącz wyciszenie</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adres webhooka</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (opcjonalnie)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Każde powiadomienie jest też wysyłane na ten adres jako żądanie POST z JSON-em (treść opisuje docs/notifications.md).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Nowe programy:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Dźwięk:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Wyciszone:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>To nie jest adres http:// ani https://; powiadomienia nie będą na niego wysyłane.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Wszystkie powiadomienia do %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Te reguły: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Nic nie jest wyciszone.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Wycisz tę regułę</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Brak magistrali sesji D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Powiadomienia pulpitu przez D-Bus nie są tu dostępne.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 przez %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Pliki przechwytywania otwarte do przeglądania nie są wysyłane do kolektora, chyba że w Ustawienia → Eksport włączono opcję „Wysyłaj też pliki przechwytywania otwarte do przeglądania”.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Ta kompilacja Flowscope nie może wysyłać przepływów do kolektora.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 rekord</numerusform>
            <numerusform>%1 rekordy</numerusform>
            <numerusform>%1 rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 komunikat</numerusform>
            <numerusform>%1 komunikaty</numerusform>
            <numerusform>%1 komunikatów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>Wysłano %1 (%2), odrzucono %3.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Nic nie jest wysyłane.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Przepływy z tego przechwytywania nie są wysyłane: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Wysyłanie do %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>Ostatnie przechwytywanie zakończyło się. Wysłano do %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Kolektor jest nieosiągalny: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: brak wysyłania</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: kolektor nieosiągalny</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: wysłano %1, odrzucono %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: wysłano %1</translation>
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
        <translation>Wysyłaj przepływy do kolektora (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Każde połączenie wraz z programem, który za nim stoi, trafia jako rekordy IPFIX do Twojego kolektora (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Wysyłaj też pliki przechwytywania otwarte do przeglądania</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Zmiany obowiązują od następnego przechwytywania; trwające przechwytywanie wysyła dane dalej tak, jak zaczęło.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Kolektor</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Adres lub nazwa hosta, np. 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (standardowo; dane giną, gdy kolektor nie działa)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (łączy się ponownie; buforuje dane, gdy kolektor nie działa)</translation>
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
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Limit czasu aktywności:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Trwający przepływ jest zgłaszany co tyle czasu.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Limit czasu bezczynności:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Przepływ bez ruchu przez tyle czasu jest zgłaszany jako zakończony.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID domeny obserwacji:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Numer przedsiębiorstwa:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Private Enterprise Number, pod którym wysyłane są własne elementy Flowscope (ID procesu, ścieżka programu, nazwa hosta).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Domyślna wartość 32473 to numer z RFC 5612 przeznaczony do dokumentacji: zastąp go własnym.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Ta kompilacja Flowscope nie może wysyłać przepływów do kolektora.</translation>
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
        <translation>publiczny</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>ten komputer</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>pętla zwrotna</translation>
    </message>
    <message>
        <source>private</source>
        <translation>prywatny</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>lokalny dla łącza</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>grupowy (multicast)</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>rozgłoszeniowy (broadcast)</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>zarezerwowany (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>Nazwa serwera TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>Nagłówek HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>Odpowiedź DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>Odpowiedź DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>odwrotne zapytanie DNS</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Hosty aplikacji</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: dziennie przez %2 dni oraz najważniejsze hosty w pokazanym zakresie</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Pogrupuj według aplikacji i wybierz jedną w tabeli, aby zobaczyć jej dzienne użycie i najważniejsze hosty.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Historia ruchu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
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
        <translation>↓ odebrane · ↑ wysłane</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: odebrano %2, wysłano %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Wszystko: odebrano %1, wysłano %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Kliknij, aby wyświetlić połączenia z tego przedziału</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Brak ruchu w tym zakresie.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>W tym zakresie: odebrano %1, wysłano %2. Najwięcej ruchu: %3 (%4). Najbardziej ruchliwy czas: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Zdalny</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pierwsze wystąpienie</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnie wystąpienie</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Ruch dziennie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
odebrano %2, wysłano %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Brak ruchu w tym zakresie.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>W ciągu %1 dni: odebrano %2, wysłano %3. Najbardziej ruchliwy dzień: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Eksportuj raport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Zapisz tabelę ze strony Historia jako CSV lub JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Łączny ruch</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Kliknij wykres, aby wyświetlić połączenia z tego czasu.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Połączenia w wybranym okresie</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ostatnia godzina</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Odczytaj historię ponownie (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grupuj według:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Połączenia otwarte w okresie %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>Baza danych historii %1 jest uszkodzona, więc to przechwytywanie nie jest zapisywane (podgląd na żywo działa dalej); przeniesienie jej w inne miejsce zachowa ją w obecnym stanie i utworzy nową.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>Nie można użyć bazy danych historii %1.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>To przechwytywanie nie jest zapisywane; podgląd na żywo działa dalej.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope nie wie, gdzie przechowywać historię (brak folderu domowego); wybierz plik bazy danych w menu Widok → Ustawienia → Historia.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Uszkodzona baza danych historii została zachowana jako %1; zapis jest kontynuowany w nowej.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Uszkodzona baza danych historii została zachowana jako %1; następne przechwytywanie na żywo utworzy nową.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Wstrzymaj zapis historii</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Nie zapisuj ruchu z tego przechwytywania w historii, dopóki zapis nie zostanie wznowiony</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Nie wskazano pliku bazy danych: wybierz go powyżej.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Jeszcze nic nie zapisano: plik zostanie utworzony przy pierwszym zapisywanym przechwytywaniu na żywo.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, jeszcze nie zapisano ruchu.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, ruch od %2 do %3, %4 połączenie.</numerusform>
            <numerusform>%1, ruch od %2 do %3, %4 połączenia.</numerusform>
            <numerusform>%1, ruch od %2 do %3, %4 połączeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Zapisuj przechwytywanie na żywo w historii</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Pliki przechwytywania otwarte do przeglądania nigdy nie są zapisywane. Polecenie „Wstrzymaj zapis historii” w zasobniku systemowym i w menu Przechwytywanie pozwala pominąć prywatne chwile.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Czas przechowywania obowiązuje od razu także dla trwającego przechwytywania; włączenie lub wyłączenie zapisu oraz zmiana pliku bazy danych obowiązują od następnego przechwytywania na żywo.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> połączeń</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minuty przez:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Godziny przez:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Dni przez:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Połączenia, maksymalnie:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Limit rozmiaru:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Starsze minuty są sumowane w godziny, a godziny w dni, więc sumy pozostają dokładne. Po przekroczeniu limitu rozmiaru najpierw usuwane są najstarsze wiersze: połączenia, potem minuty, godziny i dni.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Plik bazy danych historii</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślna</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Przywróć domyślną lokalizację</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>Historia to jeden plik SQLite na tym komputerze; nic nie opuszcza komputera. flowscope-cli report odczytuje ten sam plik. Puste pole: domyślna lokalizacja, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>tu nieznana (brak folderu domowego)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Obecnie zawiera:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Wybierz bazę danych historii</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Bazy danych historii (*.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>użytkownik %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>odebrano %1, wysłano %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Łącznie</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakiety</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: szukaj; Ctrl+D: oznacz gwiazdką host, usługę lub aplikację; Ctrl+Shift+C: wybierz kolumny</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Szczegóły połączenia</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Szukaj połączeń</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Wybierz kolumny</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Połączenia</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Domyślny systemowy (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope użyje nowego języka po ponownym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Gotowy</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Trwa przechwytywanie</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Wybierz inny plik w menu Widok → Ustawienia… albo wyczyść pole, aby używać wbudowanej bazy.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Otwórz plik przechwytywania…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Wstrzymaj lub wznów przechwytywanie (Spacja, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Za&amp;trzymaj</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Zatrzymaj przechwytywanie (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;O programie Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>P&amp;rzechwytywanie</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>P&amp;rzegląd</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Analiza</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;plikacje</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Po&amp;wiadomienia</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
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
        <translation>&amp;Systemowy</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Przechwytywanie</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Otwórz plik przechwytywania</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Pliki przechwytywania (*.pcap *.pcapng *.cap *.dmp);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Monitor sieci: pokazuje, z kim komunikuje się ten komputer, na żywo lub z pliku przechwytywania.&lt;/p&gt;&lt;p&gt;Zbudowano z Qt %2 (działa na Qt %3).&lt;br&gt;Przechwytuje za pomocą %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Dane AS: &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; i &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Ikony flag z projektu &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Bazy danych odczytywane za pomocą libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>O programie Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>W&amp;znów</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 pakiet</numerusform>
            <numerusform>%1 pakiety</numerusform>
            <numerusform>%1 pakietów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>odrzucono %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplikacje</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Programy są ustalane podczas przechwytywania na żywo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Ruch w czasie</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>ostatnie %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Kliknij dwukrotnie lub naciśnij Enter, aby przeanalizować połączenia, których dotyczy alert</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Brak powiadomień. Podczas przechwytywania na żywo pojawiają się tu alerty: o programie, który po raz pierwszy korzysta z sieci, oraz z reguł ustawionych w Ustawieniach.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>Nieprzeczytane: %1 z %2</translation>
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
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Powyżej</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Reguły szybkości transferu</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Dodaj regułę szybkości transferu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Szybkość transferu powyżej limitu</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Limity ilości danych</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Dodaj limit danych</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Ilość danych powyżej limitu</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Cały ruch</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Puste: cały ruch; w przeciwnym razie ścieżka lub nazwa programu</translation>
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
        <translation>dzień</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Pliki list blokowanych adresów</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Wybierz listy blokowanych adresów</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Listy IP (*.netset *.ipset *.txt *.list);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Listy IP/CIDR w postaci zwykłego tekstu (jeden wpis w wierszu, komentarze po #, tak jak publikuje je FireHOL), IPv4 i IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listy blokowanych adresów</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nie wczytano</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Elementy oznaczone gwiazdką</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Powiadom ponownie po bezczynności trwającej</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Oznaczaj gwiazdką hosty, usługi i aplikacje na stronach Przegląd, Analiza i Aplikacje.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Ulubione</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Usługa %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplikacja %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Bajty odebrane</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Odebrany ruch IP</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bajty wysłane</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Wysłany ruch IP</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Wszystkie przechwycone ramki</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pakiety/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Pakiety w ostatniej sekundzie</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Przepływy</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Dotychczas zaobserwowane połączenia</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Ramki utracone przez jądro, kartę sieciową lub w kolejce Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Czas objęty przechwytywaniem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ruch&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Jednostka:</translation>
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
        <translation>pakiety/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Najaktywniejsze aplikacje</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Kliknij aplikację, aby przeanalizować jej połączenia</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Najaktywniejsze hosty</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Najaktywniejsze usługi</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>usługa %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplikacja %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Kliknij element, aby przeanalizować jego połączenia</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Dotychczas zaobserwowane połączenia (obecnie w tabeli: %1)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programy stojące za połączeniami</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Sposób ustalania programów</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automatycznie (eBPF, jeśli dozwolone, inaczej migawki)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Zdarzenia gniazd eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Tylko migawki</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Bufor zdarzeń</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Obowiązuje od następnego przechwytywania na żywo.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Sposób ustalania programów:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Bufor zdarzeń:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Przenieś ją w inne miejsce i utwórz nową</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Baza danych krajów:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>Baza danych AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Puste: wbudowane bazy danych DB-IP Lite. Obsługiwane są pliki MMDB z GeoLite2, GeoIP2, DB-IP i IPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Wyszukuj nazwy hostów dla adresów (odwrotny DNS, przechwytywanie na żywo)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Plik bazy danych krajów</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Plik bazy danych AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Wbudowana (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Wybierz bazę danych</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Pliki MaxMind DB (*.mmdb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Nadal używana jest wbudowana baza danych.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Zapisz przechwycone dane w pliku pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Rozpocznij przechwytywanie</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Otwórz plik przechwytywania…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Obserwuj swoją sieć&lt;/h2&gt;Wybierz kartę sieciową, aby przechwytywać ruch na żywo, lub otwórz plik przechwytywania.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Sprawdzanie, czy Flowscope może przechwytywać ruch na tym komputerze…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Filtr przechwytywania:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Wyrażenie BPF, np. tcp port 443 lub host 10.0.0.1 (puste: wszystko)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Karty sieciowe</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Plik, w którym zostaną zapisane przechwycone dane</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>przechwytywanie.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Pliki przechwytywania</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Ostatnie pliki:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Ostatnio otwarte pliki przechwytywania</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Brak filtra: przechwytywany jest każdy pakiet.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>poprawny</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Najpierw popraw filtr przechwytywania</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Zapisz przechwycone dane jako</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Pliki pcap (*.pcap);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Otwórz plik przechwytywania</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Pliki przechwytywania (*.pcap *.pcapng *.cap);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Pliki przechwytywania nadal można otwierać.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Tutaj pojawią się otwierane pliki</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Uruchamianie</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Uruchamiaj Flowscope po zalogowaniu</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Wznawiaj ostatnie przechwytywanie na żywo przy uruchomieniu Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Po zalogowaniu uruchamia Flowscope w zasobniku systemowym, bez okna.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Gdy Flowscope uruchamia się bez pliku przechwytywania ani karty sieciowej, ponownie przechwytuje ruch na karcie i z filtrem użytymi przy ostatnim przechwytywaniu na żywo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;Wysoki kontrast</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Otwórz folder &amp;motywów…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (nieprawidłowy)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Plik motywu %1 nie został użyty: %2 Popraw go, a potem wybierz ponownie w menu Widok → Motyw.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>plik jest większy niż 64 KB; motyw to lista kilku kolorów (zob. docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>plik nie ma wiersza „name = …”; dodaj go z nazwą do wyświetlenia.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>wiersz %1: oczekiwano „klucz = wartość”.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>wiersz %1: „%2” podano dwa razy; zostaw jedno.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>wiersz %1: nazwa musi mieć od 1 do 80 znaków tekstu UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>wiersz %1: based-on musi mieć wartość „light” lub „dark”.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>wiersz %1: nieznany klucz „%2”; docs/themes.md wymienia klucze, które może ustawić motyw.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>wiersz %1: „%2” nie jest kolorem; zapisz go jako #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Plik motywu %1 jest trudny do odczytania: %2 na %3 ma kontrast tylko %4:1, poniżej 4,5:1 potrzebnych dla tekstu. Wybierz w pliku bardziej różniące się kolory.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
odebrano %2, wysłano %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bajty</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Ruch w czasie</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Brak ruchu</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Pliki: przeciągnij, aby powiększyć zakres czasu, kliknij prawym przyciskiem, aby pomniejszyć (klawiatura: +, - i 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>brak ruchu przez %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Jeszcze brak ruchu.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Ostatnio: przychodzące %1, wychodzące %2. Maksimum: przychodzące %3 o %4, wychodzące %5 o %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Pokaż okno</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Zmień kartę sieciową</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Otwórz Przegląd</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Otwórz Aplikacje</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Otwórz Powiadomienia</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Wycisz powiadomienia</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Wyłącz wyciszenie</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Okno kompaktowe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>To środowisko pulpitu nie ma zasobnika systemowego (GNOME wymaga rozszerzenia AppIndicator), więc zamknięcie okna kończy działanie Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>To środowisko pulpitu nie ma zasobnika systemowego (GNOME wymaga rozszerzenia AppIndicator), więc okno jest wyświetlane zamiast uruchamiania w postaci zminimalizowanej.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Ukryj okno</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Brak kart sieciowych</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Nie można przechwytywać na %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope nadal monitoruje</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Ikona w zasobniku systemowym przywraca okno; polecenie Zakończ jest w jej menu.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Zasobnik systemowy</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Pytaj</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Kontynuuj monitorowanie w zasobniku</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Zamknięcie okna:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>to nie jest adres http:// ani https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>kod stanu HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>brak odpowiedzi w ciągu %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Webhook powiadomień %1 nie zadziałał (%2); alerty są nadal widoczne na stronie Powiadomienia. Sprawdź adres w Ustawieniach.</translation>
    </message>
</context>
</TS>
