<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 y %2 más</numerusform>
            <numerusform>%1 y %2 más</numerusform>
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
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Todo el tráfico</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>El tráfico de %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>El host favorito %1 está activo</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>El servicio favorito %1 está activo</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>El programa favorito %1 está activo</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 programa ha usado la red por primera vez</numerusform>
            <numerusform>%1 programas han usado la red por primera vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Se ha contactado con %1 dirección de una lista de bloqueo</numerusform>
            <numerusform>Se ha contactado con %1 direcciones de listas de bloqueo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 velocidad de tráfico se ha mantenido por encima de su límite</numerusform>
            <numerusform>%1 velocidades de tráfico se han mantenido por encima de sus límites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 favorito se ha activado</numerusform>
            <numerusform>%1 favoritos se han activado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 límite de datos superado</numerusform>
            <numerusform>%1 límites de datos superados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 problema de captura</numerusform>
            <numerusform>%1 problemas de captura</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Primeras conexiones: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Se han establecido conexiones con %1, que están en listas de bloqueo.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>El tráfico se ha mantenido por encima de su límite: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Ha comenzado el tráfico de %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>El tráfico ha superado su límite: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>La captura ha tenido problemas: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 ha usado la red por primera vez</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 está en la lista de bloqueo %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: por encima de %2 durante %3 s</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: límite diario de %2 superado</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: límite mensual de %2 superado</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>El adaptador ha desaparecido</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>La captura se ha detenido por un error</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>La captura está perdiendo el %1 de las tramas</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 ha establecido su primera conexión.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 ha establecido su primera conexión (usuario %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Se ha establecido una conexión con %1, que figura en %2 como %3 (línea %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 se ha conectado a %1, que figura en %2 como %3 (línea %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Ha comenzado el tráfico: %1 a través de %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Ha comenzado el tráfico: %3 con %1 a través de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 se ha mantenido por encima de %2 durante %3 segundo.</numerusform>
            <numerusform>%1 se ha mantenido por encima de %2 durante %3 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 ha alcanzado hoy %2, por encima del límite de %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 ha alcanzado este mes %2, por encima del límite de %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>Se han perdido %1 de %2 tramas en los últimos %3 s; el equipo o Flowscope no da abasto. Restrinja la captura con un filtro o cierre otros programas que consuman muchos recursos.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope no ha podido crear la carpeta %1, por lo que no se abrirá al iniciar sesión; compruebe que puede escribir en ella e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope no ha podido escribir %1 (%2), por lo que no se abrirá al iniciar sesión; compruebe que puede escribir en %3 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope no ha podido eliminar %1 (%2), por lo que seguirá abriéndose al iniciar sesión; compruebe que puede escribir en %3 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope no ha podido escribir el valor del registro %1, por lo que no se abrirá al iniciar sesión; compruebe que su cuenta puede modificarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope no ha podido eliminar el valor del registro %1, por lo que seguirá abriéndose al iniciar sesión; compruebe que su cuenta puede modificarlo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Permiso denegado: Flowscope no puede leer %1. Conceda a su usuario permiso de lectura sobre el archivo, o cópielo a una de sus carpetas, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>No hay ningún adaptador de red llamado «%1». Elija uno de los adaptadores que aparecen en la página Inicio.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>El adaptador de red %1 se ha desactivado o ha desaparecido durante la captura. Vuelva a conectarlo y empiece de nuevo, o elija otro adaptador en la página Inicio; lo capturado sigue mostrándose.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>No se ha elegido ningún adaptador de red; elija uno en la página Inicio.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Cerrar Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>¿Seguir supervisando desde la bandeja del sistema?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope puede seguir capturando y avisándole con la ventana cerrada; su icono en la bandeja del sistema vuelve a mostrar la ventana. O bien, salga y deje de supervisar.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Mantener en la bandeja</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>No volver a preguntar (se puede cambiar en Configuración)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope no ha podido enumerar los adaptadores de red (libpcap: %1); compruebe que la pila de red del sistema funciona e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap no ha podido preparar un compilador de filtros (¿falta de memoria?); inténtelo de nuevo o reinicie Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>El filtro de captura «%1» no es válido: %2; corríjalo (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>consulte `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se ha agotado la cuota de disco</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>el archivo ha alcanzado el tamaño máximo permitido</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco ha notificado un error</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope no tiene permiso para escribir %1 (%2); elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 es una carpeta; indique el nombre del archivo pcap que se va a escribir, por ejemplo, %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>La carpeta de %1 no existe; créela o elija otra ubicación.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope no puede crear %1 (%2); elija otra ubicación.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>La escritura de %1 se ha detenido tras %2 tramas porque %3 (%4); el archivo contiene esas tramas y sigue siendo legible, y la captura continúa sin guardarse: libere espacio o elija otra ubicación.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>La escritura de %1 se ha detenido tras %2 tramas porque %3 (%4); es posible que su última trama esté cortada, y la captura continúa sin guardarse: libere espacio o elija otra ubicación.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope no puede escribir %1 porque %2 (%3); libere espacio o elija otra ubicación.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>La escritura de %1 ha fallado al cerrar el archivo (%2); es posible que no se haya guardado entero en el disco: compruébelo o elija otra ubicación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 termina a mitad del %2 (byte %3): el archivo está cortado, y se ha leído %4 paquete completo anterior.</numerusform>
            <numerusform>%1 termina a mitad del %2 (byte %3): el archivo está cortado, y se han leído los %4 paquetes completos anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>La lectura de %1 ha fallado en el byte %2 (%3); compruebe el disco o copie el archivo a una unidad local.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 está vacío (0 bytes), por lo que no contiene paquetes; elija un archivo de captura guardado con Wireshark, tcpdump o Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 solo tiene %2 byte, demasiado poco para ser un archivo de captura pcap o pcapng.</numerusform>
            <numerusform>%1 solo tiene %2 bytes, demasiado poco para ser un archivo de captura pcap o pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 no es un archivo de captura pcap ni pcapng (número mágico desconocido %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 no existe; compruebe el nombre del archivo y la carpeta.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope no tiene permiso para leer %1; conceda a su usuario permiso de lectura sobre él o cópielo a otro lugar.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>No se puede abrir %1 (%2); compruebe que el archivo es accesible.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 es una carpeta, no un archivo de captura; elija un archivo .pcap o .pcapng que contenga.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>por lo que no se ha podido leer ningún paquete de él (pcapfix quizá pueda reparar el archivo).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>por lo que la lectura se ha detenido tras %1 paquete anterior (pcapfix quizá pueda reparar el archivo).</numerusform>
            <numerusform>por lo que la lectura se ha detenido tras los %1 paquetes anteriores (pcapfix quizá pueda reparar el archivo).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>No se ha elegido ningún adaptador de red; elija uno de `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Ejecútelo con privilegios de administrador o conceda la capacidad una sola vez: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 está cortado: solo tiene %2 bytes, menos que los 24 bytes del encabezado de un archivo pcap, así que probablemente no se escribió o copió por completo.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 usa la versión %2.%3 del formato pcap, que Flowscope no puede leer; conviértalo a pcapng con «Guardar como» de Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>paquete %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 está dañado: el encabezado del registro %2 en el byte %3 indica %4 bytes capturados, más que el límite de %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>No hay ningún adaptador de red llamado «%1»; ejecute `flowscope-cli interfaces` para ver los adaptadores en los que puede capturar.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope no tiene permiso para capturar en %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>El adaptador de red %1 está desactivado; actívelo (o conéctelo) y vuelva a iniciar la captura.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>El adaptador de red %1 no admite el modo monitor; elija otro adaptador.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope no ha podido iniciar la captura en %1 (%2: %3); compruebe el adaptador e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>No se ha podido instalar el filtro de captura «%1» en %2 (%3: %4); pruebe con un filtro más sencillo.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope no ha podido preparar una captura en %1 (%2: %3); inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>El adaptador de red %1 se ha desactivado o ha desaparecido durante la captura (%2: %3); vuelva a conectarlo o elija otro adaptador con `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>La captura en %1 ha fallado (%2: %3); vuelva a iniciar la captura.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>el bloque %1 en el byte %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 está cortado: termina dentro de su encabezado de sección pcapng, así que probablemente no se escribió o copió por completo.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 está dañado: el encabezado de sección (%2) solo tiene %3 bytes (se necesitan al menos 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 usa la versión %2.%3 de pcapng, que Flowscope no puede leer; vuelva a guardarlo con Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 está dañado: una opción del encabezado de sección (%2) indica %3 bytes, más de los que contiene su bloque, por lo que no se puede leer ningún paquete de él (pcapfix quizá pueda reparar el archivo).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 está dañado: la descripción de interfaz (%2) es demasiado corta.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 está dañado: una opción de la descripción de interfaz (%2) indica %3 bytes, más de los que contiene su bloque, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 está dañado: el encabezado de sección (%2) tiene un número mágico de orden de bytes no válido.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>tiene una longitud de %1 bytes, inferior al mínimo de 12 bytes</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>tiene una longitud de %1 bytes, que no es múltiplo de 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>indica una longitud de %1 bytes, mayor que la de cualquier bloque real</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>tiene un campo de longitud final distinto del inicial (%1 en lugar de %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>es un bloque de paquete demasiado corto para sus campos</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>indica %1 bytes capturados, más de los que contiene su bloque</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>hace referencia a la interfaz %1, pero su sección solo describe %2 interfaz antes de él</numerusform>
            <numerusform>hace referencia a la interfaz %1, pero su sección solo describe %2 interfaces antes de él</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>es un bloque de paquete simple demasiado corto para sus campos</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>es un paquete, pero su sección no describe ninguna interfaz antes de él</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 está dañado: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap se instaló solo para administradores: ejecute Flowscope como administrador o reinstale Npcap sin la opción «Restrict Npcap driver&apos;s access to Administrators only».</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>consulte la sintaxis de pcap-filter en %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Todavía no hay ninguna base de datos del historial en «%1»; las capturas en directo la crean (la aplicación de escritorio las registra, o ejecute flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>No se puede leer la base de datos del historial «%1» (no hay permiso sobre ella, o sobre su carpeta mientras se está registrando); léala como su propietario o cópiela.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>«%1» es una base de datos de otro programa, no un historial de Flowscope; elija otro archivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>La base de datos del historial «%1» la escribió una versión más reciente de Flowscope (esquema %2; esta conoce hasta el %3); actualice Flowscope o elija otro archivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>La base de datos del historial «%1» está dañada (versión de esquema %2, que ningún Flowscope escribe); apártela y empiece una nueva.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>«%1» aún no contiene historial; las capturas en directo se registran en ella.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>No se puede crear la carpeta de la base de datos del historial «%1» (%2); elija otro archivo o permita la escritura allí.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>No se ha podido apartar la base de datos del historial dañada «%1» (%2); muévala o elimínela usted mismo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>La base de datos del historial «%1» está bloqueada por otro programa; cierre ese programa (o elija otro archivo) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>No se puede escribir en la base de datos del historial «%1» (es de solo lectura o no hay permiso); permita la escritura en ella y en su carpeta, o elija otro archivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>La base de datos del historial «%1» está dañada; apártela y empiece una nueva (lo que se registró en ella no se puede leer).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>El disco que contiene la base de datos del historial «%1» está lleno; libere espacio o reduzca el tamaño máximo del historial y vuelva a iniciar el registro.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>No se puede abrir la base de datos del historial «%1»; compruebe que su carpeta existe y admite escritura, o elija otro archivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>No se puede abrir la base de datos del historial «%1» (%2); compruebe que su carpeta existe y admite escritura, o elija otro archivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>No se ha podido leer ni escribir la base de datos del historial «%1» (error de entrada/salida); compruebe el disco en el que se encuentra.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>No se ha podido leer ni escribir la base de datos del historial «%1» (error de entrada/salida: %2); compruebe el disco en el que se encuentra.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>La base de datos del historial «%1» ha devuelto un error inesperado.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>La base de datos del historial «%1» ha devuelto un error inesperado (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>El filtro de captura no se puede aplicar al tipo de enlace %1; se han omitido las tramas de ese tipo.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>No se han podido escribir %1 tramas en %2 porque el disco era demasiado lento.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope no descodifica el tipo de enlace %1: sus paquetes se cuentan como no IP y no forman conexiones; abra la captura en Wireshark para ver su contenido.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>El DNS inverso está desactivado: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>No se pueden identificar los procesos: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>El kernel ha descartado eventos de socket porque el búfer de eventos estaba lleno, por lo que algunas conexiones breves pueden quedar sin programa; aumente el búfer de eventos (Configuración o --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>se ha producido un error desconocido.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>El componente «%1» se ha detenido: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>No se ha podido resolver el colector «%1» (%2); indique una dirección o un nombre de host conocido.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>No se ha podido abrir ningún socket UDP hacia el colector %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>números de AS, pero ningún país</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>países, pero ningún número de AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>ni países ni números de AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>una base de datos de países (GeoLite2 o GeoIP2 Country o City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>una base de datos de AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Contenido del archivo «%1» (%2): %3; elija %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>El archivo de base de datos «%1» no existe; compruebe la ruta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos; elija un archivo .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>No se puede leer el archivo de base de datos «%1» (permiso denegado); compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>No se puede abrir el archivo de base de datos «%1» (%2); compruebe el disco y la ruta.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>El archivo de base de datos «%1» está dañado: %2; vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>No se ha podido leer el archivo de base de datos «%1»; compruebe el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» no es un archivo MaxMind DB (.mmdb) o sus metadatos están dañados; elija un archivo .mmdb de GeoLite2, GeoIP2, DB-IP o IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>No se puede cargar el archivo de base de datos «%1» (sus tamaños no caben en la memoria, por lo que probablemente está dañado); vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>La búsqueda de %1 en «%2» ha fallado (%3); vuelva a descargar el archivo.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>No se puede leer el registro de %1 en «%2» (%3); vuelva a descargar el archivo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>No se puede leer el archivo de base de datos «%1» (%2); compruebe el disco y la ruta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» está vacío; elija un archivo .mmdb de GeoLite2, GeoIP2, DB-IP o IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» no es un archivo normal; elija un archivo .mmdb de GeoLite2, GeoIP2, DB-IP o IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>No hay memoria suficiente para una copia privada del archivo de base de datos «%1» (%2); cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>El archivo de base de datos «%1» no ha dejado de cambiar mientras se leía; inténtelo de nuevo cuando se haya terminado de escribir.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>El archivo de lista de bloqueo %1 no existe; compruebe la ruta.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 es una carpeta, no un archivo de lista de bloqueo; elija un archivo de lista que contenga.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 no es un archivo normal (es una tubería, un socket o un dispositivo); elija un archivo de lista.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>No se puede leer el archivo de lista de bloqueo %1 (%2); compruebe sus permisos.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 contiene datos binarios (un byte nulo en la posición %2), por lo que no es una lista de bloqueo de texto; elija una lista IP/CIDR en texto plano.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>La lectura del archivo de lista de bloqueo %1 ha fallado tras %2 bytes; compruebe el disco.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 no contiene direcciones (está vacío o solo tiene comentarios); elija una lista con al menos una dirección IP o un prefijo.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%1 línea de %2 no es un comentario, pero tampoco es una dirección IP ni un prefijo, por lo que el archivo no es una lista de bloqueo; elija una lista IP/CIDR en texto plano.</numerusform>
            <numerusform>Ninguna de las %1 líneas de %2 que no son comentarios es una dirección IP o un prefijo, por lo que el archivo no es una lista de bloqueo; elija una lista IP/CIDR en texto plano.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 contiene más de una palabra</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 no es una dirección ni un prefijo IPv4 o IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>la longitud de prefijo en %1 debe ser un número entre 0 y %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>La línea %1 supera los %2 caracteres, por lo que se omite (el resto de la lista se carga igualmente).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Línea %1: %2, por lo que se omite la línea (el resto de la lista se carga igualmente).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Línea %1: %2 tiene bits activados más allá de la longitud de su prefijo; la entrada se carga como %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>El archivo de programas conocidos %1 no es un archivo normal. Los programas nuevos solo se recuerdan hasta que se cierre Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>No se puede leer el archivo de programas conocidos %1 (%2). Los programas nuevos solo se recuerdan hasta que se cierre Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>El archivo de programas conocidos %1 está dañado (no es una lista de programas); muévalo a otro sitio para empezar uno nuevo. Los programas nuevos solo se recuerdan hasta que se cierre Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>No se ha podido leer hasta el final el archivo de programas conocidos %1. Los programas nuevos solo se recuerdan hasta que se cierre Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>No se puede escribir el archivo de programas conocidos %1 (ha fallado la escritura de %2); los programas nuevos solo se recuerdan hasta que se cierre Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>No se puede sustituir el archivo de programas conocidos %1 (%2); los programas nuevos solo se recuerdan hasta que se cierre Flowscope.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No existe el archivo o el directorio</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Error de entrada/salida</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>No existe el dispositivo o la dirección</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Recurso no disponible temporalmente</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>No se puede asignar memoria</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Dispositivo o recurso ocupado</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>No existe el dispositivo</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>No es un directorio</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Es un directorio</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argumento no válido</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Demasiados archivos abiertos en el sistema</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Archivo demasiado grande</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No queda espacio en el dispositivo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Tubería rota</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nombre de archivo demasiado largo</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Demasiados niveles de enlaces simbólicos</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Mensaje demasiado largo</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>El protocolo no admite esta familia de direcciones</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>La dirección ya está en uso</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>No se puede asignar la dirección solicitada</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>La red no está activa</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>La red es inaccesible</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>El software ha provocado la interrupción de la conexión</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>El otro extremo ha restablecido la conexión</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>No queda espacio en el búfer</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>El extremo de transporte no está conectado</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Se ha agotado el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>No hay ninguna ruta hasta el host</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Se ha excedido la cuota de disco</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope usa en su lugar su base de datos de países integrada.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope usa en su lugar su base de datos de AS integrada.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; tampoco se puede usar la base de datos de países integrada (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; tampoco se puede usar la base de datos de AS integrada (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>La base de datos de países «%1» ha cambiado en el disco; Flowscope la ha comprobado y vuelve a usarla.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>La base de datos de AS «%1» ha cambiado en el disco; Flowscope la ha comprobado y vuelve a usarla.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>La base de datos de países ha cambiado mientras se usaba: %1; Flowscope usa su base de datos de países integrada hasta que el archivo vuelva a poder usarse.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>La base de datos de AS ha cambiado mientras se usaba: %1; Flowscope usa su base de datos de AS integrada hasta que el archivo vuelva a poder usarse.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>No se han podido enviar mensajes IPFIX a %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>No se ha podido enviar un mensaje IPFIX al colector (%1); ¿está escuchando en %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>solo se ha enviado una parte</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>el colector no acepta los mensajes con suficiente rapidez (cola de %1 KiB llena)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 direcciones probadas: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>la conexión con el colector ha fallado (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>el colector ha cerrado la conexión</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>el colector no ha aceptado a tiempo los últimos mensajes</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>antes de abrir %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>El programa auxiliar de captura %1 no ha abierto %2 en 30 segundos; vuelva a iniciar la captura.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>durante la captura en %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>terminado por la señal %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>terminado por la señal %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope no ha podido iniciar su programa auxiliar de captura (pipe: %1); inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope no ha podido iniciar su programa auxiliar de captura %1 (%2); reinstale Flowscope o establezca FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>su estado es desconocido</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>El programa auxiliar de captura %1 se ha detenido inesperadamente %2 (%3); vuelva a iniciar la captura y, si se sigue deteniendo, consulte el registro del sistema.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>El programa auxiliar de captura %1 ha enviado datos que Flowscope no puede leer (%2); asegúrese de que pertenece a esta versión de Flowscope y vuelva a iniciar la captura.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>El programa auxiliar de captura no ha podido renunciar a sus capacidades (%1); la captura funciona, pero el programa sigue ejecutándose con privilegios elevados.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>La lectura de la tabla de sockets mediante netlink ha fallado (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>No se puede leer %1 (%2); la tabla de sockets no está disponible.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Esos eventos los carga el programa auxiliar de captura.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Los eventos de socket eBPF no están activos: %1; en su lugar, los propietarios de los sockets se identifican a partir de instantáneas de la tabla de sockets.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>esta compilación de Flowscope no admite eBPF (faltaban libbpf, clang o bpftool al compilarla)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>cargarlos requiere privilegios de root o las capacidades CAP_BPF y CAP_PERFMON (y un kernel sin el modo lockdown activado)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>el kernel ha rechazado el rastreador (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>conectarse a los tracepoints requiere privilegios de root o CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>al kernel le falta un tracepoint que necesitan (sock_send_length y sock_recv_length llegaron con Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>no se ha podido abrir el rastreador (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>el kernel no tiene información de tipos BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Los propietarios de los sockets se identifican a partir de eventos de socket eBPF (tracepoints del kernel), con instantáneas de la tabla de sockets como alternativa.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Los propietarios de los sockets se identifican a partir de instantáneas de la tabla de sockets, según lo elegido.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Los propietarios de los sockets se identifican a partir de instantáneas de la tabla de sockets: los eventos de socket eBPF solo existen en Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Indique la dirección o el nombre de host del colector, p. ej., 192.0.2.10 o collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>«%1» no es una dirección IP ni un nombre de host; indique uno como 192.0.2.10 o collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>El puerto «%1» está fuera de rango: indique un número del 1 al 65535 (los colectores IPFIX suelen escuchar en el 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>El nombre de host «%1» no se resuelve en ninguna dirección; compruebe que esté bien escrito o indique la dirección IP del colector.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>No se puede escribir el informe en %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Redes (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Aplicación desconocida</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Host desconocido</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Servicio desconocido</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>País desconocido</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Red desconocida</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Aún no hay historial: las capturas en directo se registran en %1 (Configuración → Historial) y su tráfico aparece aquí.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>La base de datos del historial %1 está dañada o no es una base de datos de historial: apártela o elimínela, y la próxima captura en directo creará una nueva.</translation>
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
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplicación %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>esta compilación de Flowscope no admite eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>los eventos de socket eBPF solo existen en Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>el kernel no tiene información de tipos BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>el programa auxiliar de captura necesita las capacidades CAP_BPF y CAP_PERFMON para eBPF.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF requiere privilegios de root o las capacidades CAP_BPF y CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>al kernel le faltan los tracepoints necesarios (Linux 6.3 o posterior).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Los programas se identifican a partir de eventos de socket eBPF (cargados por el programa auxiliar de captura), con instantáneas como alternativa.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Los programas se identifican a partir de eventos de socket eBPF, con instantáneas como alternativa.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Los programas se identifican a partir de instantáneas de la tabla de sockets, según lo elegido.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Los programas se identifican a partir de instantáneas de la tabla de sockets: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n evento de socket perdido porque el búfer de eventos estaba lleno; un búfer más grande los conserva.</numerusform>
            <numerusform>%n eventos de socket perdidos porque el búfer de eventos estaba lleno; un búfer más grande los conserva.</numerusform>
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
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 año</numerusform>
            <numerusform>%1 años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>La última captura en directo (en %1) no se ha reanudado. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>La regla de velocidad de tráfico «%1» de la configuración no se puede leer, por lo que se ignora. Vuelva a añadirla en Configuración.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>La regla de límite de datos «%1» de la configuración no se puede leer, por lo que se ignora. Vuelva a añadirla en Configuración.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>El host favorito «%1» no es una dirección IP, por lo que se ignora.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>El servicio favorito «%1» no tiene la forma tcp/443, por lo que se ignora.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … y %2 líneas más con problemas.</translation>
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
        <translation>Quitar la estrella a %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Marcar %1 con estrella</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Poner o quitar la estrella</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo con estrella</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Mostrar solo los elementos con estrella (para marcar un elemento, haga clic con el botón derecho en él o pulse Ctrl+D)</translation>
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
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Recibido %1 · Enviado %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Principal: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capturando</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 notificación sin leer</numerusform>
            <numerusform>%1 notificaciones sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en funcionamiento</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bucle local</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>inalámbrico</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Tráfico en %1 durante el último minuto</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 no proporciona contadores de tráfico</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Programa nuevo</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Dirección en lista de bloqueo</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Velocidad de tráfico</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Favorito activo</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Límite de datos</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Problema de captura</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (silenciada)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>No entregada: las notificaciones estaban silenciadas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Todavía no hay nada de esta aplicación en el historial de hoy.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Hoy desde medianoche (historial): %1 recibidos, %2 enviados</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Velocidad de recepción + envío durante el último minuto; lo más reciente, a la derecha</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Velocidad de recepción</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Velocidad de envío</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Total recibido</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Total enviado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>aplicación %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Haga doble clic o pulse Intro para inspeccionar las conexiones de una aplicación</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Las aplicaciones solo se conocen en las capturas en directo: inicie una captura en un adaptador para ver qué programas usan la red.</translation>
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
        <translation>Haga doble clic para volver a la ventana principal; arrastre para moverla.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Aún no hay aplicaciones (solo en capturas en directo)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>Ventana &amp;compacta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Sin capturar</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>En pausa en %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Capturando en %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Lectura de %1 en pausa</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Mostrar la ventana principal</translation>
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
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Copiar todos los campos, uno por línea</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Puerto del servicio</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Paquetes enviados</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Velocidad de recepción</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Velocidad de envío</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Indicadores TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID del flujo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Origen del nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Tipo de dirección</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Seleccione una conexión para ver sus detalles.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Ya no está en la tabla</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Solo activas</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo con estrella</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Buscar conexiones</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Cualquier protocolo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Cualquier sentido</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Mayormente saliente</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Mayormente entrante</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Dirección o CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Una dirección (10.1.2.3, 2001:db8::1) o una red (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Cualquier aplicación</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>País, AS o dominio</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Un código de país (US), un número de AS (AS15169) o un dominio (google.com incluye www.google.com); si se indican varios separados por espacios, se aplican todos</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Solo las conexiones con tráfico durante el último intervalo</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Solo las conexiones cuyo host, servicio o aplicación está marcado con estrella</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplicación %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>No es una dirección ni una red; se sigue aplicando el filtro anterior</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>oculto (usuario %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Un socket del usuario %1: ejecute Flowscope con más privilegios para ver su programa.</translation>
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
ruta %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
usuario %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
puerto %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Un archivo de captura no tiene velocidad actual; el gráfico de la página Resumen muestra su tráfico a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Bytes por segundo durante el último intervalo</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Solo en capturas en directo: un archivo de captura no tiene velocidad actual</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Paquetes enviados</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Velocidad de recepción</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Velocidad de envío</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Se desconoce el programa al que pertenece esta conexión.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (según %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Bandera de %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Icono del programa %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Avisarme cuando un programa use la red por primera vez</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Reproducir un sonido con cada notificación</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Dejar de silenciar</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (opcional)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Cada notificación se envía también a esta dirección como POST JSON (docs/notifications.md describe el contenido).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Programas nuevos:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Sonido:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Silenciadas:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>No es una dirección http:// ni https://; no se le enviarán notificaciones.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Todas las notificaciones hasta %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Estas reglas: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>No hay nada silenciado.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Silenciar esta regla</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>No hay bus de sesión de D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Las notificaciones de escritorio mediante D-Bus no están disponibles aquí.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 por %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Los archivos de captura abiertos para consultarlos no se envían al colector, salvo que «Enviar también los archivos de captura abiertos para consultarlos» esté activado en Configuración → Exportación.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Esta compilación de Flowscope no puede enviar flujos a un colector.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 registro</numerusform>
            <numerusform>%1 registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 mensaje</numerusform>
            <numerusform>%1 mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 enviados en %2, %3 descartados.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>No se está enviando nada.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Los flujos de esta captura no se envían: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Enviando a %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>La última captura ha terminado. Enviado a %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>No se puede contactar con el colector: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: sin envío</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: colector inaccesible</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 enviados, %2 descartados</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 enviados</translation>
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
        <translation>Enviar flujos a un colector (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Cada conexión, junto con el programa que la abre, se envía como registros IPFIX a un colector que usted gestione (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Enviar también los archivos de captura abiertos para consultarlos</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Los cambios se aplican a partir de la próxima captura; una captura en curso sigue enviando como al empezar.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Colector</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Dirección o nombre de host, p. ej., 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (lo habitual; los datos se pierden si el colector no está disponible)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (se reconecta; guarda una cola mientras el colector no está disponible)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Tiempo de espera activo:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Un flujo que sigue en curso se notifica con esta frecuencia.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Tiempo de espera inactivo:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Un flujo sin tráfico durante este tiempo se notifica como terminado.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID del dominio de observación:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Número de empresa:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>El Private Enterprise Number con el que se envían los elementos propios de Flowscope (ID del proceso, ruta del programa, nombre de host).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>El valor predeterminado, 32473, es el número que la RFC 5612 reserva para documentación: un sustituto del suyo.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Esta compilación de Flowscope no puede enviar flujos a un colector.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
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
        <translation>pública</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bucle local</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privada</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>vínculo local</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multidifusión</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>difusión</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>reservada (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>nombre de servidor TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>cabecera HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>respuesta DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>respuesta DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>búsqueda DNS inversa</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Hosts de la aplicación</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: por día durante %2 días, y sus hosts principales en el periodo mostrado</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Agrupe por aplicación y seleccione una en la tabla para ver su uso por día y sus hosts principales.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Historial de tráfico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
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
        <translation>↓ recibido · ↑ enviado</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 recibidos, %3 enviados</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Todo: %1 recibidos, %2 enviados</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Haga clic para ver las conexiones de este intervalo</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>No hay tráfico en este periodo.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>En este periodo: %1 recibidos, %2 enviados. El mayor tráfico: %3 (%4). El momento de más actividad: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Tráfico por día</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 recibidos, %3 enviados</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>No hay tráfico en este periodo.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>En %1 días: %2 recibidos, %3 enviados. El día de más actividad: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Guardar la tabla de la página Historial como CSV o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Totales de tráfico</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Haga clic en el gráfico para ver las conexiones de ese momento.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Conexiones del periodo elegido</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Volver a leer el historial (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Conexiones abiertas durante %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>La base de datos del historial %1 está dañada, por lo que esta captura no se está registrando (la vista en directo continúa); si la aparta, se conserva tal cual y se empieza una nueva.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>No se puede usar la base de datos del historial %1.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Esta captura no se está registrando; la vista en directo continúa.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope no sabe dónde guardar el historial (no hay carpeta personal); elija un archivo de base de datos en Ver → Configuración → Historial.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>La base de datos del historial dañada se ha conservado como %1; el registro continúa en una nueva.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>La base de datos del historial dañada se ha conservado como %1; la próxima captura en directo empezará una nueva.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Pausar el registro</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Dejar el tráfico de esta captura fuera del historial hasta que se reanude el registro</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>No se conoce ningún archivo de base de datos: elija uno arriba.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Aún no hay nada registrado: el archivo se crea con la primera captura en directo que se registre.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, aún no hay tráfico registrado.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, tráfico desde %2 hasta %3, %4 conexión.</numerusform>
            <numerusform>%1, tráfico desde %2 hasta %3, %4 conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Registrar las capturas en directo en el historial</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Los archivos de captura abiertos para consultarlos nunca se registran. «Pausar el registro», en la bandeja del sistema y en el menú Captura, deja fuera los momentos privados.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>El tiempo de conservación se aplica de inmediato a una captura en curso; activar o desactivar el registro y cambiar de archivo de base de datos se aplican a partir de la próxima captura en directo.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>para siempre</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> conexiones</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minutos durante:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Horas durante:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Días durante:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Conexiones, como máximo:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Tamaño máximo:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Los minutos antiguos se suman en horas, y las horas en días, de modo que los totales siguen siendo exactos. Al superar el tamaño máximo, se eliminan primero las filas más antiguas: conexiones y, después, minutos, horas y días.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Archivo de la base de datos del historial</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Volver a la ubicación predeterminada</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>El historial es un único archivo SQLite en este equipo; nada sale de él. flowscope-cli report lee el mismo archivo. Campo vacío: la ubicación predeterminada, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>desconocida aquí (no hay carpeta personal)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Elegir la base de datos del historial</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos del historial (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 recibidos, %2 enviados</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: buscar; Ctrl+D: marcar con estrella el host, el servicio o la aplicación; Ctrl+Mayús+C: elegir las columnas</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Detalles de la conexión</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Buscar conexiones</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Elegir columnas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capturando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Elija otro archivo en Ver → Configuración… o vacíe el campo para usar el integrado.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Abrir archivo de captura…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Pausar o reanudar la captura (Espacio, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Detener la captura (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Acerca de Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>In&amp;speccionar</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Aplicaciones</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
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
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Abrir archivo de captura</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Archivos de captura (*.pcap *.pcapng *.cap *.dmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Un monitor de red: con quién se comunica este equipo, en directo o a partir de un archivo de captura.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (en ejecución con Qt %3).&lt;br&gt;Captura con %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Datos de AS de &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; y &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Iconos de banderas de &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Bases de datos leídas con libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Acerca de Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 paquete</numerusform>
            <numerusform>%1 paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 perdidos</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Los programas se identifican durante las capturas en directo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Tráfico a lo largo del tiempo</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>últimos %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Haga doble clic o pulse Intro para inspeccionar las conexiones de una alerta</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Aún no hay notificaciones. Durante una captura en directo, aquí aparecen las alertas: un programa que usa la red por primera vez y las reglas que defina en Configuración.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 de %2 sin leer</translation>
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
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Por encima de</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Reglas de velocidad</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Añadir regla de velocidad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Velocidad de tráfico por encima de un límite</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Límites de volumen de datos</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Añadir límite de datos</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Volumen de datos por encima de un límite</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Todo el tráfico</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Vacío: todo el tráfico; si no, la ruta o el nombre de un programa</translation>
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
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Archivos de listas de bloqueo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Elegir listas de bloqueo</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Listas de IP (*.netset *.ipset *.txt *.list);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Listas IP/CIDR en texto plano (una entrada por línea, comentarios con #, como las publica FireHOL), IPv4 e IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listas de bloqueo</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>no cargada</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Elementos con estrella</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Volver a avisar tras una inactividad de</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Marque con estrella hosts, servicios y aplicaciones en las páginas Resumen, Inspeccionar y Aplicaciones.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplicación %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Tráfico IP recibido</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Tráfico IP enviado</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Todas las tramas capturadas</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Paquetes/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Paquetes del último segundo</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Conexiones vistas hasta ahora</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Tramas perdidas por el kernel, el adaptador o la cola de Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Tiempo de captura abarcado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tráfico&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
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
        <translation>paquetes/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Aplicaciones principales</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Haga clic en una aplicación para inspeccionar sus conexiones</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Hosts principales</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Servicios principales</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplicación %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Haga clic en una entrada para inspeccionar sus conexiones</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Conexiones vistas hasta ahora (%1 en la tabla en este momento)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programas detrás de las conexiones</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Identificar programas mediante</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automático (eBPF donde se permita; si no, instantáneas)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Eventos de socket eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Solo instantáneas</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Búfer de eventos</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Se aplica a partir de la próxima captura en directo.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Identificar programas mediante:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Búfer de eventos:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Apartarla y empezar una nueva</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Base de datos de países:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>Base de datos de AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Vacío: las bases de datos DB-IP Lite integradas. Se admiten archivos MMDB de GeoLite2, GeoIP2, DB-IP e IPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Buscar los nombres de host de las direcciones (DNS inverso, capturas en directo)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Archivo de la base de datos de países</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Archivo de la base de datos de AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Integrada (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Elegir una base de datos</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Archivos MaxMind DB (*.mmdb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Se sigue usando la base de datos integrada.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Guardar la captura en un archivo pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Iniciar captura</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Abrir archivo de captura…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Observe su red&lt;/h2&gt;Elija un adaptador para capturar en directo o abra un archivo de captura.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Comprobando si Flowscope puede capturar en este equipo…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Filtro de captura:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Expresión BPF, p. ej., tcp port 443 o host 10.0.0.1 (vacío: todo)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Adaptadores de red</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Archivo en el que guardar la captura</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Archivos de captura</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Archivos recientes:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Archivos de captura recientes</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Sin filtro: se capturan todos los paquetes.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Corrija primero el filtro de captura</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Guardar la captura como</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Archivos pcap (*.pcap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Abrir archivo de captura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Los archivos de captura se pueden seguir abriendo.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Aquí aparecen los archivos que abra</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Arranque</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Iniciar Flowscope al iniciar sesión</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Reanudar la última captura en directo al iniciar Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Inicia Flowscope en la bandeja del sistema, sin su ventana, al iniciar sesión.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Cuando Flowscope se inicia sin archivo de captura ni adaptador, vuelve a capturar en el adaptador, y con el filtro, de la última captura en directo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>Contraste &amp;alto</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Abrir la carpeta de &amp;temas…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (no válido)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>No se ha usado el archivo de tema %1: %2 Corríjalo y vuelva a elegirlo en Ver → Tema.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>el archivo ocupa más de 64 KB; un tema es una lista de unos pocos colores (vea docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>el archivo no tiene una línea «name = …»; añada una con el nombre que se mostrará.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>línea %1: se esperaba «clave = valor».</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>línea %1: «%2» aparece dos veces; deje solo una.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>línea %1: el nombre debe tener de 1 a 80 caracteres de texto UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>línea %1: based-on debe ser «light» o «dark».</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>línea %1: clave desconocida «%2»; docs/themes.md enumera las claves que puede definir un tema.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>línea %1: «%2» no es un color; escríbalo como #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>El archivo de tema %1 es difícil de leer: %2 sobre %3 solo tiene un contraste de %4:1, por debajo del 4,5:1 que necesita el texto. Separe más estos colores en el archivo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 recibidos, %3 enviados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Tráfico a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Sin tráfico</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Archivos: arrastre para ampliar un intervalo de tiempo, clic derecho para reducir (teclado: +, - y 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>sin tráfico durante %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Aún no hay tráfico.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Último: entrante %1, saliente %2. Máximo: entrante %3 a las %4, saliente %5 a las %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Cambiar de adaptador</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Abrir Resumen</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Abrir Aplicaciones</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Abrir Notificaciones</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Silenciar notificaciones</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Dejar de silenciar</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Ventana compacta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Este escritorio no tiene bandeja del sistema (GNOME necesita la extensión AppIndicator), así que al cerrar la ventana se cierra Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Este escritorio no tiene bandeja del sistema (GNOME necesita la extensión AppIndicator), así que se muestra la ventana en lugar de iniciarse minimizado.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Ocultar ventana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>No hay adaptadores</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>No se puede capturar en %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope sigue supervisando</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Su icono en la bandeja del sistema vuelve a mostrar la ventana; «Salir» está en su menú.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Bandeja del sistema</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Seguir supervisando desde la bandeja del sistema</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Al cerrar la ventana:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>no es una dirección http:// ni https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>El webhook de notificaciones %1 ha fallado (%2); las alertas siguen apareciendo en la página Notificaciones. Compruebe la dirección en Configuración.</translation>
    </message>
</context>
</TS>
