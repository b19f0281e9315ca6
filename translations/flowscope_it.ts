<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 e %2 altro</numerusform>
            <numerusform>%1 e altri %2</numerusform>
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
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Tutto il traffico</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Il traffico di %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>L’host preferito %1 è attivo</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Il servizio preferito %1 è attivo</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Il programma preferito %1 è attivo</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 programma ha usato la rete per la prima volta</numerusform>
            <numerusform>%1 programmi hanno usato la rete per la prima volta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Contattato %1 indirizzo in una lista di blocco</numerusform>
            <numerusform>Contattati %1 indirizzi in liste di blocco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 velocità del traffico è rimasta oltre il limite</numerusform>
            <numerusform>%1 velocità del traffico sono rimaste oltre i limiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 preferito si è attivato</numerusform>
            <numerusform>%1 preferiti si sono attivati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 limite di dati superato</numerusform>
            <numerusform>%1 limiti di dati superati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 problema di cattura</numerusform>
            <numerusform>%1 problemi di cattura</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Prime connessioni: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Sono state stabilite connessioni con %1, che figurano in liste di blocco.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Il traffico è rimasto oltre il limite: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>È iniziato il traffico di %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Il traffico ha superato il limite: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>La cattura ha avuto problemi: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 ha usato la rete per la prima volta</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 è nella lista di blocco %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: oltre %2 per %3 s</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: superato il limite giornaliero di %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: superato il limite mensile di %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>La scheda è scomparsa</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>La cattura si è interrotta per un errore</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>La cattura sta perdendo il %1 dei frame</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 ha stabilito la sua prima connessione.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 ha stabilito la sua prima connessione (utente %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>È stata stabilita una connessione con %1, presente in %2 come %3 (riga %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 si è connesso a %1, presente in %2 come %3 (riga %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>È iniziato il traffico: %1 tramite %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>È iniziato il traffico: %3 con %1 tramite %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 è rimasto oltre %2 per %3 secondo.</numerusform>
            <numerusform>%1 è rimasto oltre %2 per %3 secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 ha raggiunto oggi %2, oltre il limite di %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 ha raggiunto questo mese %2, oltre il limite di %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>Negli ultimi %3 s sono andati persi %1 frame su %2; il computer o Flowscope non riesce a tenere il passo. Restringi la cattura con un filtro o chiudi altri programmi che consumano molte risorse.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope non è riuscito a creare la cartella %1, quindi non si avvierà all’accesso; controlla di avere i permessi di scrittura e riprova.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope non è riuscito a scrivere %1 (%2), quindi non si avvierà all’accesso; controlla di poter scrivere in %3 e riprova.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope non è riuscito a rimuovere %1 (%2), quindi continuerà ad avviarsi all’accesso; controlla di poter scrivere in %3 e riprova.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope non è riuscito a scrivere il valore di registro %1, quindi non si avvierà all’accesso; controlla che il tuo account possa modificarlo e riprova.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope non è riuscito a rimuovere il valore di registro %1, quindi continuerà ad avviarsi all’accesso; controlla che il tuo account possa modificarlo e riprova.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Permesso negato: Flowscope non può leggere %1. Concedi al tuo utente il permesso di lettura sul file, oppure copialo in una delle tue cartelle, e aprilo di nuovo.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Non esiste una scheda di rete chiamata “%1”. Scegli una delle schede elencate nella pagina Avvio.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>La scheda di rete %1 si è disattivata o è scomparsa durante la cattura. Ricollegala e ricomincia, oppure scegli un’altra scheda nella pagina Avvio; ciò che è stato catturato resta visibile.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Non è stata scelta alcuna scheda di rete; scegline una nella pagina Avvio.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Impossibile aprire %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Chiudi Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Continuare il monitoraggio nell’area di notifica?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope può continuare a catturare e a inviarti notifiche anche a finestra chiusa; la sua icona nell’area di notifica riapre la finestra. Oppure esci e interrompi il monitoraggio.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Mantieni nell’area di notifica</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Non chiedere più (puoi cambiarlo nelle Impostazioni)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope non è riuscito a elencare le schede di rete (libpcap: %1); controlla che lo stack di rete del sistema funzioni e riprova.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap non è riuscito a preparare un compilatore di filtri (memoria esaurita?); riprova o riavvia Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Il filtro di cattura “%1” non è valido: %2; correggilo (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>vedi `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la quota del disco è esaurita</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>il file ha raggiunto la dimensione massima consentita</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>il disco ha segnalato un errore</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope non ha il permesso di scrivere %1 (%2); scegli una cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 è una cartella; indica il nome del file pcap da scrivere, ad esempio %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>La cartella di %1 non esiste; creala o scegli un’altra posizione.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope non può creare %1 (%2); scegli un’altra posizione.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>La scrittura di %1 si è interrotta dopo %2 frame perché %3 (%4); il file contiene quei frame e resta leggibile, e la cattura continua senza salvare: libera spazio o scegli un’altra posizione.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>La scrittura di %1 si è interrotta dopo %2 frame perché %3 (%4); il suo ultimo frame potrebbe essere troncato, e la cattura continua senza salvare: libera spazio o scegli un’altra posizione.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope non può scrivere %1 perché %2 (%3); libera spazio o scegli un’altra posizione.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>La scrittura di %1 non è riuscita alla chiusura del file (%2); il disco potrebbe non contenerlo per intero: controllalo o scegli un’altra posizione.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 termina a metà del %2 (byte %3): il file è troncato, ed è stato letto %4 pacchetto completo che lo precede.</numerusform>
            <numerusform>%1 termina a metà del %2 (byte %3): il file è troncato, e sono stati letti i %4 pacchetti completi che lo precedono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>La lettura di %1 non è riuscita al byte %2 (%3); controlla il disco o copia il file su un’unità locale.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 è vuoto (0 byte), quindi non contiene pacchetti; scegli un file di cattura salvato da Wireshark, tcpdump o Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 è lungo solo %2 byte, troppo poco per essere un file di cattura pcap o pcapng.</numerusform>
            <numerusform>%1 è lungo solo %2 byte, troppo poco per essere un file di cattura pcap o pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 non è un file di cattura pcap o pcapng (numero magico sconosciuto %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 non esiste; controlla il nome del file e la cartella.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope non ha il permesso di leggere %1; concedi al tuo utente il permesso di lettura sul file o copialo altrove.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>Impossibile aprire %1 (%2); controlla che il file sia accessibile.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 è una cartella, non un file di cattura; scegli un file .pcap o .pcapng al suo interno.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>quindi non è stato possibile leggerne alcun pacchetto (pcapfix potrebbe riuscire a riparare il file).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>quindi la lettura si è interrotta dopo %1 pacchetto che lo precede (pcapfix potrebbe riuscire a riparare il file).</numerusform>
            <numerusform>quindi la lettura si è interrotta dopo i %1 pacchetti che lo precedono (pcapfix potrebbe riuscire a riparare il file).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Non è stata scelta alcuna scheda di rete; scegline una da `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Avvialo con i privilegi di amministratore, oppure concedi una volta per tutte la capability: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 è troncato: è lungo solo %2 byte, meno dei 24 byte dell’intestazione di un file pcap, quindi probabilmente non è stato scritto o copiato per intero.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 usa la versione %2.%3 del formato pcap, che Flowscope non sa leggere; convertilo in pcapng con “Salva come” di Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>pacchetto %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 è danneggiato: l’intestazione del record %2 al byte %3 dichiara %4 byte catturati, più del limite di %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Non esiste una scheda di rete chiamata “%1”; esegui `flowscope-cli interfaces` per elencare le schede su cui puoi catturare.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope non ha il permesso di catturare su %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>La scheda di rete %1 non è attiva; attivala (o collegala) e avvia di nuovo la cattura.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>La scheda di rete %1 non supporta la modalità monitor; scegli un’altra scheda.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope non è riuscito ad avviare la cattura su %1 (%2: %3); controlla la scheda e riprova.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Non è stato possibile installare il filtro di cattura “%1” su %2 (%3: %4); prova un filtro più semplice.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope non è riuscito a preparare una cattura su %1 (%2: %3); riprova.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>La scheda di rete %1 si è disattivata o è scomparsa durante la cattura (%2: %3); ricollegala o scegli un’altra scheda con `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>La cattura su %1 non è riuscita (%2: %3); avvia di nuovo la cattura.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>il blocco %1 al byte %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 è troncato: termina all’interno della sua intestazione di sezione pcapng, quindi probabilmente non è stato scritto o copiato per intero.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 è danneggiato: l’intestazione di sezione (%2) è lunga solo %3 byte (ne servono almeno 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 usa la versione %2.%3 di pcapng, che Flowscope non sa leggere; salvalo di nuovo con Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 è danneggiato: un’opzione dell’intestazione di sezione (%2) dichiara %3 byte, più di quanti ne contenga il suo blocco, quindi non è possibile leggerne alcun pacchetto (pcapfix potrebbe riuscire a riparare il file).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 è danneggiato: la descrizione dell’interfaccia (%2) è troppo corta.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 è danneggiato: un’opzione della descrizione dell’interfaccia (%2) dichiara %3 byte, più di quanti ne contenga il suo blocco, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>blocco %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 è danneggiato: l’intestazione di sezione (%2) ha un numero magico dell’ordine dei byte non valido.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>ha una lunghezza di %1 byte, inferiore al minimo di 12 byte</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>ha una lunghezza di %1 byte, che non è un multiplo di 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>dichiara una lunghezza di %1 byte, più di qualsiasi blocco reale</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>ha un campo di lunghezza finale diverso da quello iniziale (%1 invece di %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>è un blocco di pacchetto troppo corto per i suoi campi</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>dichiara %1 byte catturati, più di quanti ne contenga il suo blocco</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>fa riferimento all’interfaccia %1, ma la sua sezione descrive solo %2 interfaccia prima di esso</numerusform>
            <numerusform>fa riferimento all’interfaccia %1, ma la sua sezione descrive solo %2 interfacce prima di esso</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>è un blocco di pacchetto semplice troppo corto per i suoi campi</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>è un pacchetto, ma la sua sezione non descrive alcuna interfaccia prima di esso</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 è danneggiato: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap è stato installato solo per gli amministratori: esegui Flowscope come amministratore, oppure reinstalla Npcap senza l’opzione “Restrict Npcap driver&apos;s access to Administrators only”.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>vedi la sintassi di pcap-filter su %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Non c’è ancora un database della cronologia in “%1”; lo creano le catture in tempo reale (l’app desktop le registra, oppure esegui flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>Il database della cronologia “%1” non può essere letto (manca il permesso su di esso, o sulla sua cartella mentre è in corso la registrazione); leggilo come suo proprietario, oppure copialo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>“%1” è un database di un altro programma, non una cronologia di Flowscope; scegli un altro file.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>Il database della cronologia “%1” è stato scritto da una versione più recente di Flowscope (schema %2, questa conosce fino allo schema %3); aggiorna Flowscope o scegli un altro file.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>Il database della cronologia “%1” è danneggiato (versione dello schema %2, che nessun Flowscope scrive); spostalo da parte e iniziane uno nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>“%1” non contiene ancora una cronologia; le catture in tempo reale vengono registrate al suo interno.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Impossibile creare la cartella per il database della cronologia “%1” (%2); scegli un altro file o consenti la scrittura in quella posizione.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Non è stato possibile spostare da parte il database della cronologia danneggiato “%1” (%2); spostalo o eliminalo tu.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>Il database della cronologia “%1” è bloccato da un altro programma; chiudi quel programma (o scegli un altro file) e riprova.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>Il database della cronologia “%1” non può essere scritto (sola lettura o permesso mancante); consenti la scrittura su di esso e sulla sua cartella, oppure scegli un altro file.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>Il database della cronologia “%1” è danneggiato; spostalo da parte e iniziane uno nuovo (ciò che vi è stato registrato non può essere letto).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Il disco che contiene il database della cronologia “%1” è pieno; libera spazio o riduci la dimensione massima della cronologia, quindi avvia di nuovo la registrazione.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Impossibile aprire il database della cronologia “%1”; controlla che la sua cartella esista e sia scrivibile, oppure scegli un altro file.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Impossibile aprire il database della cronologia “%1” (%2); controlla che la sua cartella esista e sia scrivibile, oppure scegli un altro file.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Non è stato possibile leggere o scrivere il database della cronologia “%1” (errore di input/output); controlla il disco su cui si trova.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Non è stato possibile leggere o scrivere il database della cronologia “%1” (errore di input/output: %2); controlla il disco su cui si trova.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>Il database della cronologia “%1” ha restituito un errore imprevisto.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>Il database della cronologia “%1” ha restituito un errore imprevisto (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Il filtro di cattura non può essere applicato al tipo di collegamento %1; i frame di quel tipo sono stati esclusi.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>Non è stato possibile scrivere %1 frame in %2 perché il disco era troppo lento.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope non decodifica il tipo di collegamento %1: i suoi pacchetti vengono contati come non IP e non formano connessioni; apri la cattura in Wireshark per vederne il contenuto.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Il DNS inverso è disattivato: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Impossibile identificare i processi: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Il kernel ha scartato eventi socket perché il buffer degli eventi era pieno, quindi alcune connessioni brevi potrebbero restare senza programma; aumenta il buffer degli eventi (Impostazioni o --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>si è verificato un errore sconosciuto.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Il componente “%1” si è arrestato: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Impossibile risolvere il collector “%1” (%2); indica un indirizzo o un nome host noto.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Impossibile aprire un socket UDP verso il collector %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>numeri di AS ma nessun paese</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>paesi ma nessun numero di AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>né paesi né numeri di AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>un database dei paesi (GeoLite2 o GeoIP2 Country o City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>un database degli AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Contenuto del file “%1” (%2): %3; scegli %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>senza tipo</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Il file di database “%1” non esiste; controlla il percorso.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>“%1” è una cartella, non un file di database; scegli un file .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Impossibile leggere il file di database “%1” (permesso negato); controlla i suoi permessi.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Impossibile aprire il file di database “%1” (%2); controlla il disco e il percorso.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Il file di database “%1” è danneggiato: %2; scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Non è stato possibile leggere il file di database “%1”; controlla il disco e riprova.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” non è un file MaxMind DB (.mmdb) o i suoi metadati sono danneggiati; scegli un file .mmdb di GeoLite2, GeoIP2, DB-IP o IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Impossibile caricare il file di database “%1” (le sue dimensioni non entrano in memoria, quindi è probabilmente danneggiato); scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>La ricerca di %1 in “%2” non è riuscita (%3); scarica di nuovo il file.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Impossibile leggere il record di %1 in “%2” (%3); scarica di nuovo il file.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Impossibile leggere il file di database “%1” (%2); controlla il disco e il percorso.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” è vuoto; scegli un file .mmdb di GeoLite2, GeoIP2, DB-IP o IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” non è un file regolare; scegli un file .mmdb di GeoLite2, GeoIP2, DB-IP o IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Memoria insufficiente per una copia privata del file di database “%1” (%2); chiudi altri programmi e riprova.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Il file di database “%1” ha continuato a cambiare durante la lettura; riprova quando la sua scrittura sarà terminata.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Il file di lista di blocco %1 non esiste; controlla il percorso.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 è una cartella, non un file di lista di blocco; scegli un file di lista al suo interno.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 non è un file regolare (è una pipe, un socket o un dispositivo); scegli un file di lista.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Impossibile leggere il file di lista di blocco %1 (%2); controlla i suoi permessi.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 contiene dati binari (un byte zero alla posizione %2), quindi non è una lista di blocco in formato testo; scegli una lista IP/CIDR in testo semplice.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>La lettura del file di lista di blocco %1 non è riuscita dopo %2 byte; controlla il disco.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 non contiene indirizzi (è vuoto o contiene solo commenti); scegli una lista con almeno un indirizzo IP o un prefisso.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%1 riga di %2 non è un commento, ma non è né un indirizzo IP né un prefisso, quindi il file non è una lista di blocco; scegli una lista IP/CIDR in testo semplice.</numerusform>
            <numerusform>Nessuna delle %1 righe di %2 che non sono commenti è un indirizzo IP o un prefisso, quindi il file non è una lista di blocco; scegli una lista IP/CIDR in testo semplice.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 contiene più di una parola</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 non è un indirizzo né un prefisso IPv4 o IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>la lunghezza del prefisso in %1 deve essere un numero da 0 a %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>La riga %1 supera i %2 caratteri, quindi viene saltata (il resto della lista viene comunque caricato).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Riga %1: %2, quindi la riga viene saltata (il resto della lista viene comunque caricato).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Riga %1: %2 ha bit impostati oltre la lunghezza del prefisso; la voce viene caricata come %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Il file dei programmi noti %1 non è un file regolare. I nuovi programmi vengono ricordati solo fino alla chiusura di Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Impossibile leggere il file dei programmi noti %1 (%2). I nuovi programmi vengono ricordati solo fino alla chiusura di Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Il file dei programmi noti %1 è danneggiato (non è un elenco di programmi); spostalo altrove per iniziarne uno nuovo. I nuovi programmi vengono ricordati solo fino alla chiusura di Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Non è stato possibile leggere fino in fondo il file dei programmi noti %1. I nuovi programmi vengono ricordati solo fino alla chiusura di Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Impossibile scrivere il file dei programmi noti %1 (la scrittura di %2 non è riuscita); i nuovi programmi vengono ricordati solo fino alla chiusura di Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Impossibile sostituire il file dei programmi noti %1 (%2); i nuovi programmi vengono ricordati solo fino alla chiusura di Flowscope.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Operazione non permessa</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>File o directory non esistente</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Errore di input/output</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Dispositivo o indirizzo non esistente</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Risorsa temporaneamente non disponibile</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Impossibile allocare memoria</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permesso negato</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Dispositivo o risorsa occupati</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>File già esistente</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Dispositivo non esistente</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Non è una directory</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>È una directory</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argomento non valido</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Troppi file aperti nel sistema</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Troppi file aperti</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>File troppo grande</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Spazio esaurito sul dispositivo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>File system in sola lettura</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Pipe interrotta</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nome del file troppo lungo</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Troppi livelli di collegamenti simbolici</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Messaggio troppo lungo</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Famiglia di indirizzi non supportata dal protocollo</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Indirizzo già in uso</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Impossibile assegnare l’indirizzo richiesto</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>La rete non è attiva</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>La rete non è raggiungibile</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Connessione interrotta dal software</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Connessione reimpostata dal corrispondente</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Nessuno spazio disponibile nel buffer</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Il socket di destinazione non è connesso</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tempo di connessione scaduto</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connessione rifiutata</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Nessun instradamento verso l’host</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota del disco superata</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope usa invece il suo database dei paesi integrato.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope usa invece il suo database degli AS integrato.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; non è possibile usare nemmeno il database dei paesi integrato (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; non è possibile usare nemmeno il database degli AS integrato (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Il database dei paesi “%1” è cambiato sul disco; Flowscope l’ha controllato e lo usa di nuovo.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Il database degli AS “%1” è cambiato sul disco; Flowscope l’ha controllato e lo usa di nuovo.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>Il database dei paesi è cambiato mentre era in uso: %1; Flowscope usa il suo database dei paesi integrato finché il file non sarà di nuovo utilizzabile.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>Il database degli AS è cambiato mentre era in uso: %1; Flowscope usa il suo database degli AS integrato finché il file non sarà di nuovo utilizzabile.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Impossibile inviare i messaggi IPFIX a %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Impossibile inviare un messaggio IPFIX al collector (%1); è in ascolto su %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>inviato solo in parte</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>il collector non accetta i messaggi abbastanza velocemente (coda di %1 KiB piena)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 indirizzi provati: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>la connessione al collector non è riuscita (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>il collector ha chiuso la connessione</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>il collector non ha accettato in tempo gli ultimi messaggi</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>prima di aprire %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Il programma ausiliario di cattura %1 non ha aperto %2 entro 30 secondi; avvia di nuovo la cattura.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>durante la cattura su %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>codice di uscita %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>terminato dal segnale %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>terminato dal segnale %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>stato %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope non è riuscito ad avviare il suo programma ausiliario di cattura (pipe: %1); riprova.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope non è riuscito ad avviare il suo programma ausiliario di cattura %1 (%2); reinstalla Flowscope o imposta FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>il suo stato è sconosciuto</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Il programma ausiliario di cattura %1 si è arrestato inaspettatamente %2 (%3); avvia di nuovo la cattura e, se continua ad arrestarsi, controlla il log di sistema.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Il programma ausiliario di cattura %1 ha inviato dati che Flowscope non riesce a leggere (%2); assicurati che appartenga a questa versione di Flowscope e avvia di nuovo la cattura.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Il programma ausiliario di cattura non è riuscito a rinunciare alle sue capability (%1); la cattura funziona, ma il programma continua a essere eseguito con privilegi elevati.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>La lettura della tabella dei socket tramite netlink non è riuscita (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Impossibile leggere %1 (%2); la tabella dei socket non è disponibile.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Questi eventi vengono caricati dal programma ausiliario di cattura.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Gli eventi socket eBPF non sono attivi: %1; i proprietari dei socket vengono invece individuati dalle istantanee della tabella dei socket.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>questa versione di Flowscope è stata compilata senza supporto per eBPF (al momento della compilazione mancavano libbpf, clang o bpftool)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>caricarli richiede i privilegi di root o le capability CAP_BPF e CAP_PERFMON (e un kernel non in modalità lockdown)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>il kernel ha rifiutato il tracker (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>l’aggancio ai tracepoint richiede i privilegi di root o CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>al kernel manca un tracepoint di cui hanno bisogno (sock_send_length e sock_recv_length sono arrivati con Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>non è stato possibile aprire il tracker (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>il kernel non ha informazioni sui tipi BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>I proprietari dei socket vengono individuati dagli eventi socket eBPF (tracepoint del kernel), con le istantanee della tabella dei socket come ripiego.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>I proprietari dei socket vengono individuati dalle istantanee della tabella dei socket, come scelto.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>I proprietari dei socket vengono individuati dalle istantanee della tabella dei socket: gli eventi socket eBPF esistono solo su Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Indica l’indirizzo o il nome host del collector, ad es. 192.0.2.10 o collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>“%1” non è né un indirizzo IP né un nome host; indicane uno come 192.0.2.10 o collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>La porta “%1” è fuori intervallo: indica un numero da 1 a 65535 (i collector IPFIX di solito sono in ascolto sulla 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Il nome host “%1” non si risolve in alcun indirizzo; controlla che sia scritto correttamente o indica l’indirizzo IP del collector.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Impossibile scrivere il rapporto in %1: %2. Scegli un’altra cartella.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applicazioni</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Reti (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Applicazione sconosciuta</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Host sconosciuto</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Servizio sconosciuto</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Paese sconosciuto</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Rete sconosciuta</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Ancora nessuna cronologia: le catture in tempo reale vengono registrate in %1 (Impostazioni → Cronologia) e il loro traffico compare qui.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>Il database della cronologia %1 è danneggiato o non è un database della cronologia: spostalo altrove o eliminalo, e la prossima cattura in tempo reale ne creerà uno nuovo.</translation>
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
        <translation>servizio %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>applicazione %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>questa versione di Flowscope è stata compilata senza supporto per eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>gli eventi socket eBPF esistono solo su Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>il kernel non ha informazioni sui tipi BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>il programma ausiliario di cattura ha bisogno delle capability CAP_BPF e CAP_PERFMON per eBPF.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF richiede i privilegi di root o le capability CAP_BPF e CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>al kernel mancano i tracepoint necessari (Linux 6.3 o successivo).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>I programmi vengono individuati dagli eventi socket eBPF (caricati dal programma ausiliario di cattura), con le istantanee come ripiego.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>I programmi vengono individuati dagli eventi socket eBPF, con le istantanee come ripiego.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>I programmi vengono individuati dalle istantanee della tabella dei socket, come scelto.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>I programmi vengono individuati dalle istantanee della tabella dei socket: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n evento socket perso perché il buffer degli eventi era pieno; un buffer più grande li conserva.</numerusform>
            <numerusform>%n eventi socket persi perché il buffer degli eventi era pieno; un buffer più grande li conserva.</numerusform>
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
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 anno</numerusform>
            <numerusform>%1 anni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>L’ultima cattura in tempo reale (su %1) non è stata ripresa. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>La regola di velocità “%1” nelle impostazioni non è leggibile e viene ignorata. Aggiungila di nuovo nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>La regola di limite di dati “%1” nelle impostazioni non è leggibile e viene ignorata. Aggiungila di nuovo nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>L’host preferito “%1” non è un indirizzo IP e viene ignorato.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Il servizio preferito “%1” non è nella forma tcp/443 e viene ignorato.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … e altre %2 righe con problemi.</translation>
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
        <translation>Togli la stella a %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Aggiungi una stella a %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Aggiungi o togli la stella</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo con stella</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Mostra solo gli elementi con stella (per aggiungere una stella, fai clic destro su un elemento o premi Ctrl+D)</translation>
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
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Ricevuti %1 · Inviati %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>In testa: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Cattura in corso</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 notifica non letta</numerusform>
            <numerusform>%1 notifiche non lette</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Cancella %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>down</source>
        <translation>non attiva</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in funzione</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>loopback</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>senza fili</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Traffico su %1 nell’ultimo minuto</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 non fornisce contatori di traffico</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Nuovo programma</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Indirizzo in lista di blocco</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Velocità del traffico</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Preferito attivo</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Limite di dati</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Problema di cattura</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (silenziata)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Non recapitata: le notifiche erano silenziate.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Per oggi non c’è ancora nulla di questa applicazione nella cronologia.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Oggi dalla mezzanotte (cronologia): %1 ricevuti, %2 inviati</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Velocità di ricezione + invio nell’ultimo minuto, i dati più recenti a destra</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Velocità ricezione</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Velocità invio</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Totale ricevuto</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Totale inviato</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>applicazione %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applicazioni</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Fai doppio clic o premi Invio per ispezionare le connessioni di un’applicazione</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Le applicazioni sono note solo per le catture in tempo reale: avvia una cattura su una scheda per vedere quali programmi usano la rete.</translation>
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
        <translation>Fai doppio clic per tornare alla finestra principale; trascina per spostarla.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Ancora nessuna applicazione (solo catture in tempo reale)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Finestra compatta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Nessuna cattura</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>In pausa su %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Cattura in corso su %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Lettura di %1 in pausa</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Mostra la finestra principale</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 byte)</numerusform>
            <numerusform>%1 (%2 byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copia tutto</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Copia tutti i campi, uno per riga</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Porta del servizio</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Byte ricevuti</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Byte inviati</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pacchetti ricevuti</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pacchetti inviati</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Velocità ricezione</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Velocità invio</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto la prima volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto l’ultima volta</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Flag TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID del flusso</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Riga di comando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nome host</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Origine del nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Tipo di indirizzo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Seleziona una connessione per vederne i dettagli.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Non più nella tabella</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Solo attive</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo con stella</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Cerca connessioni</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Qualsiasi protocollo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Qualsiasi direzione</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Soprattutto in uscita</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Soprattutto in entrata</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Indirizzo o CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Un indirizzo (10.1.2.3, 2001:db8::1) o una rete (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Qualsiasi applicazione</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Paese, AS o dominio</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Un codice paese (US), un numero AS (AS15169) o un dominio (google.com include www.google.com); se ne indichi più di uno, separati da spazi, si applicano tutti</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Solo le connessioni con traffico nell’ultimo intervallo</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Solo le connessioni con host, servizio o applicazione con stella</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Applicazione %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Non è un indirizzo né una rete; resta valido il filtro precedente</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>nascosto (utente %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Un socket dell’utente %1: esegui Flowscope con più privilegi per vederne il programma.</translation>
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
percorso %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
utente %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
porta %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Un file di cattura non ha una velocità attuale; il grafico della Panoramica ne mostra il traffico nel tempo.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Byte al secondo nell’ultimo intervallo</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Solo catture in tempo reale: un file di cattura non ha una velocità attuale</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Byte ricevuti</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Byte inviati</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pacchetti ricevuti</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pacchetti inviati</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Velocità ricezione</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Velocità invio</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto la prima volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto l’ultima volta</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Il programma a cui appartiene questa connessione è sconosciuto.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nome host</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (da %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Bandiera: %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Icona del programma %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Avvisami quando un programma usa la rete per la prima volta</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Riproduci un suono a ogni notifica</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Indirizzo del webhook</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (facoltativo)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Ogni notifica viene inviata anche a questo indirizzo come POST JSON (docs/notifications.md ne descrive il contenuto).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Nuovi programmi:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Suono:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Silenziate:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Questo non è un indirizzo http:// o https://; le notifiche non verranno inviate a esso.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Tutte le notifiche fino a %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Queste regole: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Nulla è silenziato.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Silenzia questa regola</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Non c’è alcun bus di sessione D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Le notifiche del desktop tramite D-Bus non sono disponibili qui.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 su %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>I file di cattura aperti per la consultazione non vengono inviati al collector, a meno che “Invia anche i file di cattura aperti per la consultazione” sia attivo in Impostazioni → Esportazione.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Questa build di Flowscope non può inviare flussi a un collector.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 record</numerusform>
            <numerusform>%1 record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 messaggio</numerusform>
            <numerusform>%1 messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 inviati in %2, %3 scartati.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Non viene inviato nulla.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>I flussi di questa cattura non vengono inviati: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Invio a %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>L’ultima cattura è terminata. Inviati a %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Il collector non è raggiungibile: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: nessun invio</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: collector non raggiungibile</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 inviati, %2 scartati</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 inviati</translation>
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
        <translation>Invia i flussi a un collector (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Ogni connessione, con il programma che la apre, viene inviata come record IPFIX a un collector che gestisci tu (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Invia anche i file di cattura aperti per la consultazione</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Le modifiche valgono dalla prossima cattura; una cattura in corso continua a inviare come all’inizio.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Indirizzo o nome host, ad es. 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (la scelta consueta; i dati si perdono se il collector è inattivo)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (si riconnette; mantiene una coda mentre il collector è inattivo)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Trasporto:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Timeout attivo:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Un flusso ancora in corso viene segnalato con questa frequenza.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Timeout di inattività:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Un flusso senza traffico per questo tempo viene segnalato come terminato.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID del dominio di osservazione:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Numero enterprise:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Il Private Enterprise Number con cui vengono inviati gli elementi propri di Flowscope (ID del processo, percorso del programma, nome host).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Il valore predefinito, 32473, è il numero che la RFC 5612 riserva alla documentazione: un segnaposto per il tuo.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Questa build di Flowscope non può inviare flussi a un collector.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>pacch/s</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kpacch/s</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>Mpacch/s</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>Gpacch/s</translation>
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
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>public</source>
        <translation>pubblico</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>loopback</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privato</translation>
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
        <translation>riservato (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>nome del server TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>intestazione HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>risposta DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>risposta DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>ricerca DNS inversa</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Host dell’applicazione</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: per giorno negli ultimi %2 giorni, e i suoi host principali nel periodo visualizzato</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Raggruppa per applicazione e selezionane una nella tabella per vederne l’uso giornaliero e gli host principali.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Cronologia del traffico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
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
        <translation>↓ ricevuti · ↑ inviati</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 ricevuti, %3 inviati</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Totale: %1 ricevuti, %2 inviati</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Fai clic per elencare le connessioni di questo intervallo</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Nessun traffico in questo periodo.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>In questo periodo: %1 ricevuti, %2 inviati. Il traffico maggiore: %3 (%4). Il momento più intenso: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto la prima volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto l’ultima volta</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Traffico giornaliero</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 ricevuti, %3 inviati</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Nessun traffico in questo periodo.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>In %1 giorni: %2 ricevuti, %3 inviati. Il giorno più intenso: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>Esporta &amp;rapporto…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Salva la tabella della pagina Cronologia in formato CSV o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Totali del traffico</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Fai clic sul grafico per elencare le connessioni di quel momento.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Connessioni nel periodo scelto</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Rileggi la cronologia (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Raggruppa per:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Connessioni aperte durante %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>Il database della cronologia %1 è danneggiato, quindi questa cattura non viene registrata (la vista in tempo reale continua); spostandolo da parte lo si conserva così com’è e se ne inizia uno nuovo.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>Il database della cronologia %1 non è utilizzabile.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Questa cattura non viene registrata; la vista in tempo reale continua.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope non sa dove conservare la cronologia (manca la cartella home); scegli un file di database in Visualizza → Impostazioni → Cronologia.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Il database della cronologia danneggiato è stato conservato come %1; la registrazione continua in uno nuovo.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Il database della cronologia danneggiato è stato conservato come %1; la prossima cattura in tempo reale ne inizierà uno nuovo.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Sospendi registrazione</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Escludi il traffico di questa cattura dalla cronologia finché la registrazione non viene ripresa</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Nessun file di database noto: scegline uno qui sopra.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Ancora nulla di registrato: il file viene creato dalla prima cattura in tempo reale registrata.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, ancora nessun traffico registrato.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, traffico dal %2 al %3, %4 connessione.</numerusform>
            <numerusform>%1, traffico dal %2 al %3, %4 connessioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Registra le catture in tempo reale nella cronologia</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>I file di cattura aperti per la consultazione non vengono mai registrati. “Sospendi registrazione”, nell’area di notifica e nel menu Cattura, tiene fuori i momenti privati.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>La durata di conservazione si applica subito a una cattura in corso; attivare o disattivare la registrazione e cambiare file di database valgono dalla prossima cattura in tempo reale.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>per sempre</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> connessioni</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minuti per:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Ore per:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Giorni per:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Connessioni, al massimo:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Dimensione massima:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>I minuti più vecchi vengono sommati in ore, e le ore in giorni, così i totali restano esatti. Oltre la dimensione massima si eliminano prima le righe più vecchie: connessioni, poi minuti, ore e giorni.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>File del database della cronologia</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Torna alla posizione predefinita</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>La cronologia è un unico file SQLite su questo computer; nulla esce da qui. flowscope-cli report legge lo stesso file. Campo vuoto: la posizione predefinita, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>sconosciuta qui (manca la cartella home)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Contenuto attuale:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Scegli il database della cronologia</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Database della cronologia (*.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>utente %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ricevuti, %2 inviati</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacchetti</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: cerca; Ctrl+D: aggiungi una stella all’host, al servizio o all’applicazione; Ctrl+Maiusc+C: scegli le colonne</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Dettagli della connessione</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Cerca connessioni</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Scegli le colonne</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope userà la nuova lingua al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Cattura in corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Scegli un altro file in Visualizza → Impostazioni…, oppure svuota il campo per usare quello integrato.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Apri file di cattura…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Metti in pausa o riprendi la cattura (Spazio, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Interrompi la cattura (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Informazioni su Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Cattura</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>A&amp;vvio</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Ispeziona</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Applicazioni</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifiche</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
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
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Cattura</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Apri file di cattura</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>File di cattura (*.pcap *.pcapng *.cap *.dmp);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Un monitor di rete: con chi comunica questo computer, in tempo reale o da un file di cattura.&lt;/p&gt;&lt;p&gt;Compilato con Qt %2 (in esecuzione su Qt %3).&lt;br&gt;Cattura con %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Dati AS di &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; e &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Icone delle bandiere da &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Database letti con libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Informazioni su Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 pacchetto</numerusform>
            <numerusform>%1 pacchetti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 persi</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Ispeziona</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applicazioni</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>I programmi vengono individuati durante le catture in tempo reale.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Traffico nel tempo</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>ultimi %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Segna tutte come lette</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Fai doppio clic o premi Invio per ispezionare le connessioni di un avviso</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Ancora nessuna notifica. Durante una cattura in tempo reale, qui compaiono gli avvisi: un programma che usa la rete per la prima volta e le regole che imposti nelle Impostazioni.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 di %2 non lette</translation>
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
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Oltre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Regole di velocità</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Aggiungi regola di velocità</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Velocità del traffico oltre un limite</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Ogni</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Limiti di volume di dati</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Aggiungi limite di dati</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Volume di dati oltre un limite</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Tutto il traffico</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Vuoto: tutto il traffico; altrimenti il percorso o il nome di un programma</translation>
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
        <translation>giorno</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>File delle liste di blocco</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Voci</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Scegli le liste di blocco</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Liste di IP (*.netset *.ipset *.txt *.list);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Liste IP/CIDR in testo semplice (una voce per riga, commenti con #, come le pubblica FireHOL), IPv4 e IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Liste di blocco</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non caricata</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Elementi con stella</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Notifica di nuovo dopo un’inattività di</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Aggiungi una stella a host, servizi e applicazioni nelle pagine Panoramica, Ispeziona e Applicazioni.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Preferiti</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Servizio %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Applicazione %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Byte ricevuti</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Traffico IP ricevuto</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Byte inviati</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Traffico IP inviato</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Tutti i frame catturati</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pacchetti/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Pacchetti nell’ultimo secondo</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Connessioni viste finora</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Persi</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Frame persi dal kernel, dalla scheda o dalla coda di Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Tempo di cattura coperto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traffico&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unità:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>byte/s</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>pacchetti/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Applicazioni principali</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Fai clic su un’applicazione per ispezionarne le connessioni</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Host principali</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Servizi principali</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servizio %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>applicazione %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Fai clic su una voce per ispezionarne le connessioni</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Connessioni viste finora (%1 attualmente nella tabella)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programmi dietro le connessioni</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Individua i programmi tramite</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automatico (eBPF dove consentito, altrimenti istantanee)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Eventi socket eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Solo istantanee</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Buffer degli eventi</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Vale dalla prossima cattura in tempo reale.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Individua i programmi tramite:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Buffer degli eventi:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Spostalo da parte e iniziane uno nuovo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Database dei paesi:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>Database degli AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Vuoto: i database DB-IP Lite integrati. Funzionano i file MMDB di GeoLite2, GeoIP2, DB-IP e IPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Cerca i nomi host degli indirizzi (DNS inverso, catture in tempo reale)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>File del database dei paesi</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>File del database degli AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Integrato (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Scegli un database</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>File MaxMind DB (*.mmdb);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Resta in uso il database integrato.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Salva la cattura in un file pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Avvia cattura</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Apri file di cattura…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Osserva la tua rete&lt;/h2&gt;Scegli una scheda per catturare in tempo reale, oppure apri un file di cattura.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Verifica dei permessi di cattura di Flowscope su questo computer…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Filtro di cattura:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Espressione BPF, ad es. tcp port 443 o host 10.0.0.1 (vuoto: tutto)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Schede di rete</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>File in cui salvare la cattura</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>File di cattura</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>File recenti:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>File di cattura recenti</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Nessun filtro: vengono catturati tutti i pacchetti.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valido</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Correggi prima il filtro di cattura</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Salva la cattura come</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>File pcap (*.pcap);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Apri file di cattura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Catture (*.pcap *.pcapng *.cap);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>È comunque possibile aprire file di cattura.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Qui vengono elencati i file che apri</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Avvio del programma</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Avvia Flowscope all’accesso</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Riprendi l’ultima cattura in tempo reale all’avvio di Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Avvia Flowscope nell’area di notifica, senza finestra, quando accedi.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Quando Flowscope si avvia senza un file di cattura o una scheda, riprende a catturare sulla scheda, e con il filtro, dell’ultima cattura in tempo reale.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Apri la cartella dei &amp;temi…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (non valido)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Il file del tema %1 non è stato usato: %2 Correggilo, poi sceglilo di nuovo in Visualizza → Tema.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>il file supera i 64 KB; un tema è un elenco di pochi colori (vedere docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>il file non ha una riga «name = …»; aggiungerne una con il nome da mostrare.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>riga %1: atteso «chiave = valore».</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>riga %1: «%2» è indicato due volte; tenerne uno solo.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>riga %1: il nome deve essere di 1–80 caratteri di testo UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>riga %1: based-on deve essere «light» o «dark».</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>riga %1: chiave sconosciuta «%2»; docs/themes.md elenca le chiavi che un tema può impostare.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>riga %1: «%2» non è un colore; scriverlo come #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Il file del tema %1 è difficile da leggere: %2 su %3 ha un contrasto di solo %4:1, sotto il 4,5:1 necessario al testo. Rendere questi colori più distanti nel file.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 ricevuti, %3 inviati</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Traffico nel tempo</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Nessun traffico</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>File: trascina per ingrandire un intervallo di tempo, clic destro per ridurre (tastiera: +, - e 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>nessun traffico per %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Ancora nessun traffico.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Ultimo valore: in entrata %1, in uscita %2. Massimo: in entrata %3 alle %4, in uscita %5 alle %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Mostra finestra</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Cambia scheda</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Apri Panoramica</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Apri Applicazioni</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Apri Notifiche</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Silenzia notifiche</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Finestra compatta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Questo desktop non ha un’area di notifica (GNOME richiede l’estensione AppIndicator), quindi chiudere la finestra chiude Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Questo desktop non ha un’area di notifica (GNOME richiede l’estensione AppIndicator), quindi la finestra viene mostrata invece di avviarsi ridotta a icona.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Nascondi finestra</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Nessuna scheda</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Impossibile catturare su %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope continua il monitoraggio</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>La sua icona nell’area di notifica riapre la finestra; “Esci” si trova nel suo menu.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Area di notifica</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Chiedi</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Continua il monitoraggio nell’area di notifica</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Alla chiusura della finestra:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>non è un indirizzo http:// o https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>stato HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nessuna risposta entro %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Il webhook delle notifiche %1 non è riuscito (%2); gli avvisi restano elencati nella pagina Notifiche. Controlla l’indirizzo nelle Impostazioni.</translation>
    </message>
</context>
</TS>
