<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 et %2 autre</numerusform>
            <numerusform>%1 et %2 autres</numerusform>
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
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Tout le trafic</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Le trafic de %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>L’hôte favori %1 est actif</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Le service favori %1 est actif</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Le programme favori %1 est actif</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 programme a utilisé le réseau pour la première fois</numerusform>
            <numerusform>%1 programmes ont utilisé le réseau pour la première fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>%1 adresse sur liste de blocage contactée</numerusform>
            <numerusform>%1 adresses sur listes de blocage contactées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 débit est resté au-dessus de sa limite</numerusform>
            <numerusform>%1 débits sont restés au-dessus de leurs limites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 favori est devenu actif</numerusform>
            <numerusform>%1 favoris sont devenus actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 plafond de données dépassé</numerusform>
            <numerusform>%1 plafonds de données dépassés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 problème de capture</numerusform>
            <numerusform>%1 problèmes de capture</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Premières connexions : %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Des connexions ont été établies avec %1, qui figurent sur des listes de blocage.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Le trafic est resté au-dessus de sa limite : %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Début du trafic pour %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Le trafic a dépassé son plafond : %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>La capture a rencontré des problèmes : %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 a utilisé le réseau pour la première fois</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 figure sur la liste de blocage %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1 : au-dessus de %2 pendant %3 s</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1 : plafond quotidien de %2 dépassé</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1 : plafond mensuel de %2 dépassé</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>La carte a disparu</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>La capture s’est arrêtée à cause d’une erreur</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>La capture perd %1 des trames</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 a établi sa première connexion.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 a établi sa première connexion (utilisateur %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Une connexion a été établie avec %1, qui figure dans %2 en tant que %3 (ligne %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 s’est connecté à %1, qui figure dans %2 en tant que %3 (ligne %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Début du trafic : %1 via %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Début du trafic : %3 avec %1 via %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 est resté au-dessus de %2 pendant %3 seconde.</numerusform>
            <numerusform>%1 est resté au-dessus de %2 pendant %3 secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 a atteint %2 aujourd’hui, dépassant le plafond de %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 a atteint %2 ce mois-ci, dépassant le plafond de %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>%1 trames sur %2 ont été perdues au cours des %3 dernières secondes ; la machine ou Flowscope ne suit pas. Restreignez la capture avec un filtre ou fermez d’autres programmes gourmands en ressources.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope n’a pas pu créer le dossier %1 et ne démarrera donc pas à l’ouverture de session ; vérifiez que vous pouvez y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope n’a pas pu écrire %1 (%2) et ne démarrera donc pas à l’ouverture de session ; vérifiez que vous pouvez écrire dans %3, puis réessayez.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope n’a pas pu supprimer %1 (%2) et démarrera donc encore à l’ouverture de session ; vérifiez que vous pouvez écrire dans %3, puis réessayez.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope n’a pas pu écrire la valeur de registre %1 et ne démarrera donc pas à l’ouverture de session ; vérifiez que votre compte peut la modifier, puis réessayez.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope n’a pas pu supprimer la valeur de registre %1 et démarrera donc encore à l’ouverture de session ; vérifiez que votre compte peut la modifier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Permission refusée : Flowscope ne peut pas lire %1. Donnez à votre utilisateur le droit de lecture sur le fichier, ou copiez-le dans un de vos dossiers, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Aucune carte réseau ne s’appelle « %1 ». Choisissez une des cartes listées sur la page Démarrer.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>La carte réseau %1 s’est arrêtée ou a disparu pendant la capture. Reconnectez-la et relancez, ou choisissez une autre carte sur la page Démarrer ; ce qui a été capturé reste affiché.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Aucune carte réseau n’a été choisie ; choisissez-en une sur la page Démarrer.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Fermer Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Continuer la surveillance dans la zone de notification ?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope peut continuer à capturer et à vous avertir fenêtre fermée ; son icône dans la zone de notification rouvre la fenêtre. Ou bien quittez et arrêtez la surveillance.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Garder dans la zone de notification</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Ne plus demander (modifiable dans les Paramètres)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope n’a pas pu lister les cartes réseau (libpcap : %1) ; vérifiez que la pile réseau du système fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap n’a pas pu préparer un compilateur de filtres (mémoire insuffisante ?) ; réessayez ou redémarrez Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Le filtre de capture « %1 » n’est pas valide : %2 ; corrigez-le (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>voir `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>le fichier a atteint la taille maximale autorisée</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope n’est pas autorisé à écrire %1 (%2) ; choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 est un dossier ; indiquez le nom du fichier pcap à écrire, par exemple %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>Le dossier de %1 n’existe pas ; créez-le ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope ne peut pas créer %1 (%2) ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>L’écriture de %1 s’est arrêtée après %2 trames parce que %3 (%4) ; le fichier contient ces trames et reste lisible, et la capture continue sans enregistrement : libérez de l’espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>L’écriture de %1 s’est arrêtée après %2 trames parce que %3 (%4) ; sa dernière trame est peut-être tronquée, et la capture continue sans enregistrement : libérez de l’espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope ne peut pas écrire %1 parce que %2 (%3) ; libérez de l’espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>L’écriture de %1 a échoué à la fermeture du fichier (%2) ; il n’a peut-être pas été entièrement enregistré sur le disque : vérifiez-le ou choisissez un autre emplacement.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 se termine au milieu du %2 (octet %3) : le fichier est tronqué, et %4 paquet complet qui le précède a été lu.</numerusform>
            <numerusform>%1 se termine au milieu du %2 (octet %3) : le fichier est tronqué, et les %4 paquets complets qui le précèdent ont été lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>La lecture de %1 a échoué à l’octet %2 (%3) ; vérifiez le disque ou copiez le fichier sur un disque local.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 est vide (0 octet) et ne contient donc aucun paquet ; choisissez un fichier de capture enregistré par Wireshark, tcpdump ou Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 ne fait que %2 octet, trop peu pour un fichier de capture pcap ou pcapng.</numerusform>
            <numerusform>%1 ne fait que %2 octets, trop peu pour un fichier de capture pcap ou pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 n’est pas un fichier de capture pcap ou pcapng (nombre magique inconnu %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 n’existe pas ; vérifiez le nom du fichier et le dossier.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope n’est pas autorisé à lire %1 ; donnez à votre utilisateur le droit de lecture sur ce fichier ou copiez-le ailleurs.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1 ne peut pas être ouvert (%2) ; vérifiez que le fichier est accessible.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 est un dossier, pas un fichier de capture ; choisissez un fichier .pcap ou .pcapng qu’il contient.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>aucun paquet n’a donc pu en être lu (pcapfix peut peut-être réparer le fichier).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>la lecture s’est donc arrêtée après %1 paquet qui le précède (pcapfix peut peut-être réparer le fichier).</numerusform>
            <numerusform>la lecture s’est donc arrêtée après les %1 paquets qui le précèdent (pcapfix peut peut-être réparer le fichier).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Aucune carte réseau n’a été choisie ; choisissez-en une dans `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Lancez-le avec les droits d’administrateur, ou accordez-lui une fois pour toutes la capacité : %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 est tronqué : il ne fait que %2 octets, moins que les 24 octets de l’en-tête d’un fichier pcap ; il n’a donc probablement pas été entièrement écrit ou copié.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 utilise la version %2.%3 du format pcap, que Flowscope ne sait pas lire ; convertissez-le en pcapng avec « Enregistrer sous » de Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>paquet %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 est endommagé : l’en-tête de l’enregistrement %2 à l’octet %3 annonce %4 octets capturés, plus que la limite de %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Aucune carte réseau ne s’appelle « %1 » ; lancez `flowscope-cli interfaces` pour lister les cartes sur lesquelles vous pouvez capturer.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope n’a pas l’autorisation de capturer sur %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>La carte réseau %1 est désactivée ; activez-la (ou branchez-la), puis relancez la capture.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>La carte réseau %1 ne prend pas en charge le mode moniteur ; choisissez une autre carte.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope n’a pas pu démarrer la capture sur %1 (%2 : %3) ; vérifiez la carte, puis réessayez.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Le filtre de capture « %1 » n’a pas pu être installé sur %2 (%3 : %4) ; essayez un filtre plus simple.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope n’a pas pu préparer une capture sur %1 (%2 : %3) ; réessayez.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>La carte réseau %1 s’est arrêtée ou a disparu pendant la capture (%2 : %3) ; reconnectez-la ou choisissez une autre carte avec `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>La capture sur %1 a échoué (%2 : %3) ; relancez la capture.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>le bloc %1 à l’octet %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 est tronqué : il se termine à l’intérieur de son en-tête de section pcapng ; il n’a donc probablement pas été entièrement écrit ou copié.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 est endommagé : l’en-tête de section (%2) ne fait que %3 octets (il en faut au moins 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 utilise la version %2.%3 de pcapng, que Flowscope ne sait pas lire ; réenregistrez-le avec Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 est endommagé : une option de l’en-tête de section (%2) annonce %3 octets, plus que son bloc n’en contient ; aucun paquet ne peut donc en être lu (pcapfix peut peut-être réparer le fichier).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 est endommagé : la description d’interface (%2) est trop courte.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 est endommagé : une option de la description d’interface (%2) annonce %3 octets, plus que son bloc n’en contient, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 est endommagé : l’en-tête de section (%2) a un nombre magique d’ordre des octets non valide.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>a une longueur de %1 octets, inférieure au minimum de 12 octets</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>a une longueur de %1 octets, qui n’est pas un multiple de 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>annonce une longueur de %1 octets, plus que n’importe quel bloc réel</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>a un champ de longueur final différent du champ initial (%1 au lieu de %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>est un bloc de paquet trop court pour ses champs</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>annonce %1 octets capturés, plus que son bloc n’en contient</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>fait référence à l’interface %1, mais sa section ne décrit que %2 interface avant lui</numerusform>
            <numerusform>fait référence à l’interface %1, mais sa section ne décrit que %2 interfaces avant lui</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>est un bloc de paquet simple trop court pour ses champs</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>est un paquet, mais sa section ne décrit aucune interface avant lui</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 est endommagé : %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap a été installé pour les administrateurs uniquement : lancez Flowscope en tant qu’administrateur, ou réinstallez Npcap sans l’option « Restrict Npcap driver&apos;s access to Administrators only ».</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>voir la syntaxe pcap-filter sur %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Il n’y a pas encore de base d’historique à l’emplacement « %1 » ; les captures en direct la créent (l’application de bureau les enregistre, ou lancez flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>La base d’historique « %1 » ne peut pas être lue (pas d’autorisation sur elle, ou sur son dossier pendant un enregistrement) ; lisez-la en tant que son propriétaire, ou copiez-la.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>« %1 » est une base de données d’un autre programme, pas un historique Flowscope ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>La base d’historique « %1 » a été écrite par une version plus récente de Flowscope (schéma %2, cette version connaît jusqu’au schéma %3) ; mettez Flowscope à jour ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>La base d’historique « %1 » est endommagée (version de schéma %2, qu’aucun Flowscope n’écrit) ; mettez-la de côté et commencez-en une nouvelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>« %1 » ne contient pas encore d’historique ; les captures en direct y sont enregistrées.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Le dossier de la base d’historique « %1 » ne peut pas être créé (%2) ; choisissez un autre fichier ou autorisez l’écriture à cet endroit.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>La base d’historique endommagée « %1 » n’a pas pu être mise de côté (%2) ; déplacez-la ou supprimez-la vous-même.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>La base d’historique « %1 » est verrouillée par un autre programme ; fermez ce programme (ou choisissez un autre fichier), puis réessayez.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>La base d’historique « %1 » ne peut pas être écrite (lecture seule ou pas d’autorisation) ; autorisez l’écriture dans celle-ci et dans son dossier, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>La base d’historique « %1 » est endommagée ; mettez-la de côté et commencez-en une nouvelle (ce qui y a été enregistré ne peut pas être lu).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Le disque contenant la base d’historique « %1 » est plein ; libérez de l’espace ou réduisez la taille maximale de l’historique, puis relancez l’enregistrement.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>La base d’historique « %1 » ne peut pas être ouverte ; vérifiez que son dossier existe et est accessible en écriture, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>La base d’historique « %1 » ne peut pas être ouverte (%2) ; vérifiez que son dossier existe et est accessible en écriture, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>La base d’historique « %1 » n’a pas pu être lue ou écrite (erreur d’entrée/sortie) ; vérifiez le disque sur lequel elle se trouve.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>La base d’historique « %1 » n’a pas pu être lue ou écrite (erreur d’entrée/sortie : %2) ; vérifiez le disque sur lequel elle se trouve.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>La base d’historique « %1 » a renvoyé une erreur inattendue.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>La base d’historique « %1 » a renvoyé une erreur inattendue (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Le filtre de capture ne peut pas s’appliquer au type de liaison %1 ; les trames de ce type ont été ignorées.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>%1 trames n’ont pas pu être écrites dans %2 car le disque était trop lent.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope ne décode pas le type de liaison %1 : ses paquets sont comptés comme non IP et ne forment aucune connexion ; ouvrez la capture dans Wireshark pour voir leur contenu.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Le DNS inverse est désactivé : %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Impossible d’identifier les processus : %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Le noyau a rejeté des événements de socket car le tampon d’événements était plein, si bien que certaines connexions brèves peuvent n’avoir aucun programme ; agrandissez le tampon d’événements (Paramètres, ou --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>une erreur inconnue s’est produite.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Le composant « %1 » s’est arrêté : %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Le nom du collecteur « %1 » n’a pas pu être résolu (%2) ; indiquez une adresse ou un nom d’hôte connu.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Impossible d’ouvrir un socket UDP vers le collecteur %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>des numéros d’AS, mais aucun pays</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>des pays, mais aucun numéro d’AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>ni pays ni numéros d’AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>une base des pays (GeoLite2 ou GeoIP2 Country ou City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>une base des AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Contenu du fichier « %1 » (%2) : %3 ; choisissez %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Le fichier de base de données « %1 » n’existe pas ; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données ; choisissez un fichier .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Le fichier de base de données « %1 » ne peut pas être lu (permission refusée) ; vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Le fichier de base de données « %1 » ne peut pas être ouvert (%2) ; vérifiez le disque et le chemin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Le fichier de base de données « %1 » est endommagé : %2 ; téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Le fichier de base de données « %1 » n’a pas pu être lu ; vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>« %1 » n’est pas un fichier MaxMind DB (.mmdb) ou ses métadonnées sont endommagées ; choisissez un fichier .mmdb GeoLite2, GeoIP2, DB-IP ou IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Le fichier de base de données « %1 » ne peut pas être chargé (ses tailles ne tiennent pas en mémoire, il est donc probablement endommagé) ; téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>La recherche de %1 dans « %2 » a échoué (%3) ; téléchargez de nouveau ce fichier.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>L’enregistrement de %1 dans « %2 » ne peut pas être lu (%3) ; téléchargez de nouveau ce fichier.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Le fichier de base de données « %1 » ne peut pas être lu (%2) ; vérifiez le disque et le chemin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>« %1 » est vide ; choisissez un fichier .mmdb GeoLite2, GeoIP2, DB-IP ou IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>« %1 » n’est pas un fichier ordinaire ; choisissez un fichier .mmdb GeoLite2, GeoIP2, DB-IP ou IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Pas assez de mémoire pour une copie privée du fichier de base de données « %1 » (%2) ; fermez d’autres programmes, puis réessayez.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Le fichier de base de données « %1 » n’a pas cessé de changer pendant sa lecture ; réessayez une fois son écriture terminée.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Le fichier de liste de blocage %1 n’existe pas ; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 est un dossier, pas un fichier de liste de blocage ; choisissez un fichier de liste qu’il contient.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un tube, un socket ou un périphérique) ; choisissez un fichier de liste.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Le fichier de liste de blocage %1 ne peut pas être lu (%2) ; vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 contient des données binaires (un octet nul à la position %2) et n’est donc pas une liste de blocage au format texte ; choisissez une liste IP/CIDR en texte brut.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>La lecture du fichier de liste de blocage %1 a échoué après %2 octets ; vérifiez le disque.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 ne contient aucune adresse (il est vide ou ne contient que des commentaires) ; choisissez une liste contenant au moins une adresse IP ou un préfixe.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%1 ligne de %2 n’est pas un commentaire, mais ce n’est ni une adresse IP ni un préfixe, ce fichier n’est donc pas une liste de blocage ; choisissez une liste IP/CIDR en texte brut.</numerusform>
            <numerusform>Aucune des %1 lignes hors commentaires de %2 n’est une adresse IP ou un préfixe, ce fichier n’est donc pas une liste de blocage ; choisissez une liste IP/CIDR en texte brut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 contient plus d’un mot</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 n’est ni une adresse ni un préfixe IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>la longueur de préfixe dans %1 doit être un nombre compris entre 0 et %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>La ligne %1 dépasse %2 caractères, elle est donc ignorée (le reste de la liste est tout de même chargé).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Ligne %1 : %2, la ligne est donc ignorée (le reste de la liste est tout de même chargé).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Ligne %1 : %2 a des bits définis au-delà de sa longueur de préfixe ; l’entrée est chargée en tant que %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Le fichier des programmes connus %1 n’est pas un fichier ordinaire. Les nouveaux programmes ne sont mémorisés que jusqu’à la fermeture de Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Le fichier des programmes connus %1 ne peut pas être lu (%2). Les nouveaux programmes ne sont mémorisés que jusqu’à la fermeture de Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Le fichier des programmes connus %1 est endommagé (ce n’est pas une liste de programmes) ; déplacez-le pour en commencer un nouveau. Les nouveaux programmes ne sont mémorisés que jusqu’à la fermeture de Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Le fichier des programmes connus %1 n’a pas pu être lu jusqu’au bout. Les nouveaux programmes ne sont mémorisés que jusqu’à la fermeture de Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Le fichier des programmes connus %1 ne peut pas être écrit (l’écriture de %2 a échoué) ; les nouveaux programmes ne sont mémorisés que jusqu’à la fermeture de Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Le fichier des programmes connus %1 ne peut pas être remplacé (%2) ; les nouveaux programmes ne sont mémorisés que jusqu’à la fermeture de Flowscope.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Opération non permise</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erreur d’entrée/sortie</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Périphérique ou adresse inexistant</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Ressource temporairement indisponible</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Impossible d’allouer de la mémoire</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Périphérique ou ressource occupé</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Aucun périphérique de ce type</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>N’est pas un dossier</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Est un dossier</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argument invalide</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Trop de fichiers ouverts dans le système</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Plus d’espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Tube brisé</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nom de fichier trop long</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Message trop long</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Famille d’adresses non prise en charge par le protocole</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adresse déjà utilisée</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Impossible d’attribuer l’adresse demandée</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Le réseau ne fonctionne pas</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Le réseau est inaccessible</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Le logiciel a provoqué l’abandon de la connexion</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Connexion réinitialisée par le correspondant</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Aucun espace tampon disponible</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Le point de terminaison de transport n’est pas connecté</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Délai d’attente de la connexion dépassé</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Aucune route vers l’hôte</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota d’espace disque dépassé</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1 ; Flowscope utilise à la place sa base des pays intégrée.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1 ; Flowscope utilise à la place sa base des AS intégrée.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1 ; la base des pays intégrée ne peut pas non plus être utilisée (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1 ; la base des AS intégrée ne peut pas non plus être utilisée (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>La base des pays « %1 » a changé sur le disque ; Flowscope l’a vérifiée et l’utilise de nouveau.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>La base des AS « %1 » a changé sur le disque ; Flowscope l’a vérifiée et l’utilise de nouveau.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>La base des pays a changé pendant son utilisation : %1 ; Flowscope utilise sa base des pays intégrée jusqu’à ce que le fichier soit de nouveau utilisable.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>La base des AS a changé pendant son utilisation : %1 ; Flowscope utilise sa base des AS intégrée jusqu’à ce que le fichier soit de nouveau utilisable.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Les messages IPFIX n’ont pas pu être envoyés à %1 : %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Un message IPFIX n’a pas pu être envoyé au collecteur (%1) ; écoute-t-il bien sur %2 ?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>envoyé seulement en partie</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>le collecteur n’accepte pas les messages assez vite (file d’attente de %1 KiB pleine)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 adresses essayées : %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>la connexion au collecteur a échoué (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>le collecteur a fermé la connexion</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>le collecteur n’a pas accepté à temps les derniers messages</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>avant d’avoir ouvert %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Le programme auxiliaire de capture %1 n’a pas ouvert %2 dans les 30 secondes ; relancez la capture.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>pendant la capture sur %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>tué par le signal %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>tué par le signal %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope n’a pas pu démarrer son programme auxiliaire de capture (pipe : %1) ; réessayez.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope n’a pas pu démarrer son programme auxiliaire de capture %1 (%2) ; réinstallez Flowscope ou définissez FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>son statut est inconnu</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Le programme auxiliaire de capture %1 s’est arrêté de manière inattendue %2 (%3) ; relancez la capture, et consultez le journal système s’il continue de s’arrêter.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Le programme auxiliaire de capture %1 a envoyé des données que Flowscope ne peut pas lire (%2) ; vérifiez qu’il appartient bien à cette version de Flowscope, puis relancez la capture.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Le programme auxiliaire de capture n’a pas pu abandonner ses capacités (%1) ; la capture fonctionne, mais il continue de s’exécuter avec des privilèges élevés.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>La lecture de la table des sockets via netlink a échoué (%1 : %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Impossible de lire %1 (%2) ; la table des sockets n’est pas disponible.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Ces événements sont chargés par le programme auxiliaire de capture.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Les événements de socket eBPF sont inactifs : %1 ; les propriétaires des sockets sont identifiés à la place grâce à des instantanés de la table des sockets.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>cette version de Flowscope a été compilée sans prise en charge d’eBPF (libbpf, clang ou bpftool manquaient lors de la compilation)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>leur chargement nécessite les droits root ou les capacités CAP_BPF et CAP_PERFMON (et un noyau qui n’est pas en mode lockdown)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>le noyau a refusé le traceur (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>l’attachement aux tracepoints nécessite les droits root ou CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>il manque au noyau un tracepoint dont ils ont besoin (sock_send_length et sock_recv_length sont apparus avec Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>le traceur n’a pas pu être ouvert (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>le noyau ne fournit pas d’informations de type BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Les propriétaires des sockets sont identifiés grâce aux événements de socket eBPF (tracepoints du noyau), avec repli sur des instantanés de la table des sockets.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Les propriétaires des sockets sont identifiés grâce à des instantanés de la table des sockets, comme demandé.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Les propriétaires des sockets sont identifiés grâce à des instantanés de la table des sockets : les événements de socket eBPF n’existent que sous Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Indiquez l’adresse ou le nom d’hôte du collecteur, par ex. 192.0.2.10 ou collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>« %1 » n’est ni une adresse IP ni un nom d’hôte ; indiquez par exemple 192.0.2.10 ou collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>Le port « %1 » est hors limites : indiquez un nombre de 1 à 65535 (les collecteurs IPFIX écoutent en général sur 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Le nom d’hôte « %1 » ne se résout en aucune adresse ; vérifiez l’orthographe ou indiquez l’adresse IP du collecteur.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Impossible d’écrire le rapport dans %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Réseaux (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Application inconnue</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Hôte inconnu</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Service inconnu</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Pays inconnu</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Réseau inconnu</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Pas encore d’historique : les captures en direct sont enregistrées dans %1 (Paramètres → Historique) et leur trafic s’affiche ici.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>La base d’historique %1 est endommagée ou n’est pas une base d’historique : déplacez-la ou supprimez-la, et la prochaine capture en direct en créera une nouvelle.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>application %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>cette version de Flowscope a été compilée sans prise en charge d’eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>les événements de socket eBPF n’existent que sous Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>le noyau ne fournit pas d’informations de type BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>le programme auxiliaire de capture a besoin des capacités CAP_BPF et CAP_PERFMON pour eBPF.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF nécessite les droits root ou les capacités CAP_BPF et CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>le noyau ne dispose pas des tracepoints nécessaires (Linux 6.3 ou ultérieur).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Les programmes sont identifiés grâce aux événements de socket eBPF (chargés par le programme auxiliaire de capture), avec repli sur les instantanés.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Les programmes sont identifiés grâce aux événements de socket eBPF, avec repli sur les instantanés.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Les programmes sont identifiés grâce à des instantanés de la table des sockets, comme demandé.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Les programmes sont identifiés grâce à des instantanés de la table des sockets : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n événement de socket perdu car le tampon d’événements était plein ; un tampon plus grand les conserve.</numerusform>
            <numerusform>%n événements de socket perdus car le tampon d’événements était plein ; un tampon plus grand les conserve.</numerusform>
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
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 an</numerusform>
            <numerusform>%1 ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>La dernière capture en direct (sur %1) n’a pas été reprise. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>La règle de débit « %1 » des paramètres est illisible ; elle est ignorée. Ajoutez-la de nouveau dans les Paramètres.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>La règle de plafond de données « %1 » des paramètres est illisible ; elle est ignorée. Ajoutez-la de nouveau dans les Paramètres.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>L’hôte favori « %1 » n’est pas une adresse IP ; il est ignoré.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Le service favori « %1 » n’a pas la forme tcp/443 ; il est ignoré.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1 : … et %2 autres lignes avec des problèmes.</translation>
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
        <translation>Retirer l’étoile de %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Mettre une étoile à %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Ajouter ou retirer l’étoile</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Étoilés seulement</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>N’afficher que les éléments étoilés (clic droit sur un élément ou Ctrl+D pour l’étoiler)</translation>
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
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Reçu %1 · Envoyé %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>En tête : %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capture en cours</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 notification non lue</numerusform>
            <numerusform>%1 notifications non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>boucle locale</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>sans fil</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Trafic sur %1 pendant la dernière minute</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 ne fournit aucun compteur de trafic</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Adresse sur liste de blocage</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Favori actif</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Plafond de données</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Problème de capture</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (en sourdine)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Non remise : les notifications étaient en sourdine.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Rien de cette application dans l’historique d’aujourd’hui pour l’instant.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Aujourd’hui depuis minuit (historique) : %1 reçus, %2 envoyés</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Débit reçu + envoyé pendant la dernière minute, le plus récent à droite</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Débit reçu</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Débit envoyé</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Total reçu</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Total envoyé</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour examiner les connexions d’une application</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Les applications ne sont connues que pour les captures en direct : lancez une capture sur une carte pour voir quels programmes utilisent le réseau.</translation>
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
        <translation>Double-cliquez pour revenir à la fenêtre principale ; faites glisser pour déplacer.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Pas encore d’applications (captures en direct seulement)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>Fenêtre &amp;compacte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Pas de capture</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>En pause sur %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Capture sur %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Lecture de %1 en pause</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Afficher la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 octet)</numerusform>
            <numerusform>%1 (%2 octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Copier tous les champs, un par ligne</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Port du service</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Débit reçu</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Débit envoyé</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Drapeaux TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>Id. du flux</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Source du nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Type d’adresse</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Sélectionnez une connexion pour voir ses détails.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>N’est plus dans le tableau</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Actives seulement</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Étoilés seulement</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Rechercher des connexions</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Tout protocole</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Tout sens</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Surtout sortant</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Surtout entrant</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adresse ou CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Une adresse (10.1.2.3, 2001:db8::1) ou un réseau (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Toute application</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Pays, AS ou domaine</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Un code pays (US), un numéro d’AS (AS15169) ou un domaine (google.com couvre www.google.com) ; plusieurs, séparés par des espaces, s’appliquent tous</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Seulement les connexions avec du trafic pendant le dernier intervalle</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Seulement les connexions dont l’hôte, le service ou l’application est étoilé</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Ni une adresse ni un réseau ; le filtre précédent reste appliqué</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>masqué (utilisateur %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Un socket de l’utilisateur %1 : lancez Flowscope avec plus de privilèges pour voir son programme.</translation>
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
chemin %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
utilisateur %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
port %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Un fichier de capture n’a pas de débit actuel ; le graphique de la Vue d’ensemble montre son trafic dans le temps.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Octets par seconde pendant le dernier intervalle</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Captures en direct seulement : un fichier de capture n’a pas de débit actuel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Débit reçu</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Débit envoyé</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Le programme propriétaire de cette connexion est inconnu.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (d’après %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Drapeau : %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Icône du programme %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>M’avertir quand un programme utilise le réseau pour la première fois</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Jouer un son à chaque notification</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (facultatif)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Chaque notification est aussi envoyée à cette adresse en POST JSON (docs/notifications.md décrit le contenu).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Nouveaux programmes :</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Son :</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook :</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>En sourdine :</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Ce n’est pas une adresse http:// ou https:// ; les notifications n’y seront pas envoyées.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Toutes les notifications jusqu’à %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Ces règles : %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Rien n’est en sourdine.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Mettre cette règle en sourdine</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Il n’y a pas de bus de session D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Les notifications de bureau par D-Bus ne sont pas disponibles ici.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 en %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Les fichiers de capture ouverts pour consultation ne sont envoyés au collecteur que si « Envoyer aussi les fichiers de capture ouverts pour consultation » est activé dans Paramètres → Export.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Cette version de Flowscope ne peut pas envoyer de flux à un collecteur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 enregistrement</numerusform>
            <numerusform>%1 enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 envoyés en %2, %3 abandonnés.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Les flux de cette capture ne sont pas envoyés : %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Envoi vers %1 : %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>La dernière capture est terminée. Envoyé à %1 : %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Le collecteur est injoignable : %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX : pas d’envoi</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX : collecteur injoignable</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX : %1 envoyés, %2 abandonnés</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX : %1 envoyés</translation>
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
        <translation>Envoyer les flux à un collecteur (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Chaque connexion, avec le programme qui l’ouvre, part sous forme d’enregistrements IPFIX vers un collecteur que vous exploitez (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Envoyer aussi les fichiers de capture ouverts pour consultation</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Les changements s’appliquent à partir de la prochaine capture ; une capture en cours continue d’envoyer comme au départ.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Adresse ou nom d’hôte, par ex. 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (l’usage ; perdu si le collecteur est arrêté)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (se reconnecte ; garde une file d’attente tant que le collecteur est arrêté)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport :</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Délai d’activité :</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Un flux encore actif est signalé à cette fréquence.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Délai d’inactivité :</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Un flux sans trafic pendant cette durée est signalé comme terminé.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>Id. du domaine d’observation :</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Numéro d’entreprise :</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Le Private Enterprise Number sous lequel les éléments propres à Flowscope (id. de processus, chemin du programme, nom d’hôte) sont envoyés.</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>La valeur par défaut, 32473, est le numéro réservé à la documentation par la RFC 5612 : un substitut du vôtre.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Cette version de Flowscope ne peut pas envoyer de flux à un collecteur.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>boucle locale</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>lien local</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multidiffusion</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>réservée (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>nom de serveur TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>en-tête HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>réponse DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>réponse DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>recherche DNS inverse</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>paq/s</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kpaq/s</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>Mpaq/s</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>Gpaq/s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Hôtes de l’application</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; : par jour sur %2 jours, et ses principaux hôtes sur la période affichée</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Regroupez par application et sélectionnez-en une dans le tableau pour voir son usage par jour et ses principaux hôtes.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Historique du trafic</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
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
        <translation>↓ reçu · ↑ envoyé</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1 : %2 reçus, %3 envoyés</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Tout : %1 reçus, %2 envoyés</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Cliquez pour lister les connexions de cette tranche</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Aucun trafic sur cette période.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>Sur cette période : %1 reçus, %2 envoyés. Le plus de trafic : %3 (%4). Le moment le plus chargé : %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Trafic par jour</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 reçus, %3 envoyés</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Aucun trafic sur cette période.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>Sur %1 jours : %2 reçus, %3 envoyés. Le jour le plus chargé : %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Écrire le tableau de la page Historique en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Totaux du trafic</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Cliquez sur le graphique pour lister les connexions de ce moment.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Connexions de la période choisie</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Relire l’historique (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Regrouper par :</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Connexions ouvertes pendant %1 :</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>La base d’historique %1 est endommagée, cette capture n’est donc pas enregistrée (la vue en direct continue) ; la mettre de côté la conserve telle quelle et en commence une nouvelle.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>La base d’historique %1 est inutilisable.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Cette capture n’est pas enregistrée ; la vue en direct continue.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope ne sait pas où conserver l’historique (pas de dossier personnel) ; choisissez un fichier de base sous Affichage → Paramètres → Historique.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>La base d’historique endommagée a été conservée sous %1 ; l’enregistrement continue dans une nouvelle.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>La base d’historique endommagée a été conservée sous %1 ; la prochaine capture en direct en commencera une nouvelle.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Suspendre l’enregistrement</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Tenir le trafic de cette capture hors de l’historique jusqu’à la reprise de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Aucun fichier de base connu : choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Rien d’enregistré pour l’instant : le fichier est créé par la première capture en direct enregistrée.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, aucun trafic enregistré pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, trafic du %2 au %3, %4 connexion.</numerusform>
            <numerusform>%1, trafic du %2 au %3, %4 connexions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Enregistrer les captures en direct dans l’historique</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Les fichiers de capture ouverts pour consultation ne sont jamais enregistrés. « Suspendre l’enregistrement », dans la zone de notification et le menu Capture, tient les moments privés à l’écart.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>La durée de conservation s’applique tout de suite à une capture en cours ; activer ou désactiver l’enregistrement et changer de fichier de base s’appliquent à la prochaine capture en direct.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>pour toujours</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> connexions</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minutes pendant :</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Heures pendant :</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Jours pendant :</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Connexions, au plus :</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Taille maximale :</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Les minutes anciennes sont cumulées en heures, et les heures en jours : les totaux restent exacts. Au-delà de la taille maximale, les lignes les plus anciennes partent d’abord : connexions, puis minutes, heures et jours.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Fichier de la base d’historique</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Revenir à l’emplacement par défaut</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>L’historique est un fichier SQLite sur cet ordinateur ; rien n’en sort. flowscope-cli report lit le même fichier. Champ vide : l’emplacement par défaut, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>inconnu ici (pas de dossier personnel)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Contient :</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Choisir la base d’historique</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Bases d’historique (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 reçus, %2 envoyés</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F : rechercher ; Ctrl+D : étoiler l’hôte, le service ou l’application ; Ctrl+Maj+C : choisir les colonnes</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Détails de la connexion</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Rechercher des connexions</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capture en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Choisissez un autre fichier sous Affichage → Paramètres…, ou videz le champ pour garder celui intégré.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Ouvrir un fichier de capture…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Mettre en pause ou reprendre la capture (Espace, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Arrêter la capture (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>À &amp;propos de Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Examiner</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;pplications</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
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
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Ouvrir un fichier de capture</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Fichiers de capture (*.pcap *.pcapng *.cap *.dmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Un moniteur réseau : avec qui cette machine communique, en direct ou d’après un fichier de capture.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (fonctionne sous Qt %3).&lt;br&gt;Capture avec %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Données AS de &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; et &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Icônes de drapeaux de &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Bases lues avec libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>À propos de Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 paquet</numerusform>
            <numerusform>%1 paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 perdus</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Les programmes sont identifiés pendant les captures en direct.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Trafic dans le temps</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>dernières %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour examiner les connexions d’une alerte</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Pas encore de notifications. Pendant une capture en direct, les alertes apparaissent ici : un programme qui utilise le réseau pour la première fois, et les règles fixées dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 sur %2 non lues</translation>
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
        <translation>Application</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Au-dessus de</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Règles de débit</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Ajouter une règle de débit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Débit au-dessus d’une limite</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Plafonds de volume</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Ajouter un plafond</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Volume de données au-dessus d’un plafond</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Tout le trafic</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Vide : tout le trafic ; sinon le chemin ou le nom d’un programme</translation>
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
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Fichiers de listes de blocage</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Choisir des listes de blocage</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Listes d’IP (*.netset *.ipset *.txt *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Listes IP/CIDR en texte brut (une entrée par ligne, commentaires #, comme les publie FireHOL), IPv4 et IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargée</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Éléments étoilés</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Avertir de nouveau après une inactivité de</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Étoilez des hôtes, services et applications sur les pages Vue d’ensemble, Examiner et Applications.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Trafic IP reçu</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Trafic IP envoyé</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Toutes les trames capturées</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Paquets/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Paquets de la dernière seconde</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Connexions vues jusqu’ici</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Trames perdues par le noyau, la carte ou la file de Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Durée de capture couverte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trafic&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>octets/s</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>paquets/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Principales applications</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Cliquez sur une application pour examiner ses connexions</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Principaux hôtes</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Principaux services</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Cliquez sur une entrée pour examiner ses connexions</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Connexions vues jusqu’ici (%1 dans le tableau actuellement)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programmes à l’origine des connexions</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Identifier les programmes par</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automatique (eBPF si autorisé, sinon instantanés)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Événements de socket eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Instantanés seulement</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Tampon d’événements</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>S’applique à partir de la prochaine capture en direct.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Identifier les programmes par :</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Tampon d’événements :</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>La mettre de côté et en commencer une nouvelle</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Base des pays :</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>Base des AS :</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Vide : les bases DB-IP Lite intégrées. Les fichiers MMDB GeoLite2, GeoIP2, DB-IP et IPinfo fonctionnent.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Rechercher les noms d’hôte des adresses (DNS inverse, captures en direct)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Fichier de la base des pays</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Fichier de la base des AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Intégrée (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Choisir une base</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Fichiers MaxMind DB (*.mmdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>La base intégrée reste utilisée.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Enregistrer la capture dans un fichier pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Lancer la capture</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Ouvrir un fichier de capture…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Observez votre réseau&lt;/h2&gt;Choisissez une carte pour capturer en direct, ou ouvrez un fichier de capture.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Vérification que Flowscope peut capturer sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Filtre de capture :</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Expression BPF, par ex. tcp port 443 ou host 10.0.0.1 (vide : tout)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Cartes réseau</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Fichier où enregistrer la capture</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Fichiers de capture</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Fichiers récents :</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Fichiers de capture récents</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Pas de filtre : tous les paquets sont capturés.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Corrigez d’abord le filtre de capture</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Enregistrer la capture sous</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Fichiers pcap (*.pcap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Ouvrir un fichier de capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Les fichiers de capture restent ouvrables.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Les fichiers que vous ouvrez sont listés ici</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Lancer Flowscope à l’ouverture de ma session</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Reprendre la dernière capture en direct au démarrage de Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Lance Flowscope dans la zone de notification, sans sa fenêtre, à l’ouverture de session.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Quand Flowscope démarre sans fichier de capture ni carte, il capture de nouveau sur la carte, et avec le filtre, de la dernière capture en direct.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Ouvrir le dossier des &amp;thèmes…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (non valide)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Le fichier de thème %1 n’a pas été utilisé : %2 Corrigez-le, puis choisissez-le de nouveau dans Affichage → Thème.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>le fichier dépasse 64 Ko ; un thème est une liste de quelques couleurs (voir docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>le fichier n’a pas de ligne « name = … » ; ajoutez-en une avec le nom à afficher.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>ligne %1 : « clé = valeur » attendu.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>ligne %1 : « %2 » est donné deux fois ; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>ligne %1 : le nom doit compter de 1 à 80 caractères de texte UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>ligne %1 : based-on doit valoir « light » ou « dark ».</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>ligne %1 : clé inconnue « %2 » ; docs/themes.md liste les clés qu’un thème peut définir.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>ligne %1 : « %2 » n’est pas une couleur ; écrivez-la sous la forme #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Le fichier de thème %1 est difficile à lire : %2 sur %3 n’a qu’un contraste de %4:1, en dessous des 4,5:1 qu’exige le texte. Écartez davantage ces couleurs dans le fichier.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 reçus, %3 envoyés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Trafic dans le temps</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Aucun trafic</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Fichiers : faites glisser pour zoomer sur une période, clic droit pour dézoomer (clavier : +, - et 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>aucun trafic pendant %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Pas encore de trafic.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Dernier : entrant %1, sortant %2. Maximum : entrant %3 à %4, sortant %5 à %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Changer de carte</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Ouvrir la Vue d’ensemble</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Ouvrir les Applications</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Ouvrir les Notifications</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Mettre les notifications en sourdine</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Fenêtre compacte</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Ce bureau n’a pas de zone de notification (GNOME a besoin de l’extension AppIndicator) : fermer la fenêtre quitte donc Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Ce bureau n’a pas de zone de notification (GNOME a besoin de l’extension AppIndicator) : la fenêtre s’affiche donc au lieu de démarrer réduite.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Aucune carte</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Impossible de capturer sur %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope continue la surveillance</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Son icône dans la zone de notification rouvre la fenêtre ; Quitter est dans son menu.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Continuer la surveillance dans la zone de notification</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>À la fermeture de la fenêtre :</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>ce n’est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Le webhook de notification %1 a échoué (%2) ; les alertes restent listées sur la page Notifications. Vérifiez l’adresse dans les Paramètres.</translation>
    </message>
</context>
</TS>
