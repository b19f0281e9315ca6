<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 и ещё %2</numerusform>
            <numerusform>%1 и ещё %2</numerusform>
            <numerusform>%1 и ещё %2</numerusform>
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
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Весь трафик</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Трафик программы %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Избранный хост %1 активен</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Избранная служба %1 активна</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Избранная программа %1 активна</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 программа впервые использовала сеть</numerusform>
            <numerusform>%1 программы впервые использовали сеть</numerusform>
            <numerusform>%1 программ впервые использовали сеть</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Соединения с %1 адресом из списков блокировки</numerusform>
            <numerusform>Соединения с %1 адресами из списков блокировки</numerusform>
            <numerusform>Соединения с %1 адресами из списков блокировки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 скорость трафика превышала предел</numerusform>
            <numerusform>%1 скорости трафика превышали пределы</numerusform>
            <numerusform>%1 скоростей трафика превышали пределы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 элемент избранного стал активным</numerusform>
            <numerusform>%1 элемента избранного стали активными</numerusform>
            <numerusform>%1 элементов избранного стали активными</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>Превышен %1 лимит трафика</numerusform>
            <numerusform>Превышены %1 лимита трафика</numerusform>
            <numerusform>Превышено %1 лимитов трафика</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 проблема с захватом</numerusform>
            <numerusform>%1 проблемы с захватом</numerusform>
            <numerusform>%1 проблем с захватом</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Первые соединения: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Установлены соединения с адресами из списков блокировки: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Трафик превышал предел: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Начался трафик: %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Трафик превысил лимит: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Возникли проблемы с захватом: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>Программа %1 впервые использовала сеть</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 находится в списке блокировки %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: выше %2 в течение %3 с</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: превышен дневной лимит трафика %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: превышен месячный лимит трафика %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>Адаптер больше недоступен</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>Захват остановлен из-за ошибки</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>Захват теряет %1 кадров</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>Программа %1 установила первое соединение.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>Программа %1 установила первое соединение (пользователь %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Установлено соединение с адресом %1, который указан в списке %2 как %3 (строка %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>Программа %5 установила соединение с адресом %1, который указан в списке %2 как %3 (строка %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Начался трафик: %1 через %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Начался трафик: %1 через %2 (программа %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 превышал %2 в течение %3 секунды.</numerusform>
            <numerusform>%1 превышал %2 в течение %3 секунд.</numerusform>
            <numerusform>%1 превышал %2 в течение %3 секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 сегодня достиг %2, превысив лимит %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 в этом месяце достиг %2, превысив лимит %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>За последние %3 с потеряно %1 из %2 кадров; компьютер или Flowscope не справляется с нагрузкой. Сузьте захват с помощью фильтра или закройте другие ресурсоёмкие программы.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Не удалось создать папку %1, поэтому Flowscope не будет запускаться при входе в систему; проверьте, есть ли у вас право записи в неё, и повторите попытку.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Не удалось записать %1 (%2), поэтому Flowscope не будет запускаться при входе в систему; проверьте, есть ли у вас право записи в %3, и повторите попытку.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Не удалось удалить %1 (%2), поэтому Flowscope по-прежнему будет запускаться при входе в систему; проверьте, есть ли у вас право записи в %3, и повторите попытку.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Не удалось записать значение реестра %1, поэтому Flowscope не будет запускаться при входе в систему; проверьте, может ли ваша учётная запись его изменять, и повторите попытку.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Не удалось удалить значение реестра %1, поэтому Flowscope по-прежнему будет запускаться при входе в систему; проверьте, может ли ваша учётная запись его изменять, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Отказано в доступе: Flowscope не может прочитать %1. Дайте своему пользователю право на чтение этого файла или скопируйте его в одну из своих папок и откройте снова.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Сетевого адаптера с именем «%1» нет. Выберите один из адаптеров, перечисленных на странице «Начало».</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>Сетевой адаптер %1 отключился или пропал во время захвата. Подключите его снова и перезапустите захват или выберите другой адаптер на странице «Начало»; уже захваченные данные остаются на экране.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Сетевой адаптер не выбран; выберите его на странице «Начало».</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Не удаётся открыть %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Закрытие Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Продолжить мониторинг в системном лотке?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope может продолжать захват и присылать уведомления при закрытом окне; значок в системном лотке снова открывает окно. Или выйдите из программы и остановите мониторинг.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Оставить в лотке</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Больше не спрашивать (можно изменить в настройках)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope не удалось получить список сетевых адаптеров (libpcap: %1); проверьте, работает ли сетевая подсистема, и повторите попытку.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap не удалось подготовить компилятор фильтров (нехватка памяти?); повторите попытку или перезапустите Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Фильтр захвата «%1» недопустим: %2; исправьте его (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>см. `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>исчерпана дисковая квота</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>файл достиг максимально допустимого размера</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope не имеет права записывать %1 (%2); выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 — это папка; укажите имя файла pcap, в который нужно записывать, например %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>Папка для %1 не существует; создайте её или выберите другое расположение.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope не может создать %1 (%2); выберите другое расположение.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Запись в %1 остановлена (записано кадров: %2), так как %3 (%4); файл содержит эти кадры и остаётся читаемым, а захват продолжается без сохранения: освободите место на диске или выберите другое расположение.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Запись в %1 остановлена (записано кадров: %2), так как %3 (%4); последний кадр может быть обрезан, а захват продолжается без сохранения: освободите место на диске или выберите другое расположение.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope не может записать %1, так как %2 (%3); освободите место на диске или выберите другое расположение.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>Ошибка записи %1 при закрытии файла (%2); возможно, на диск записано не всё — проверьте файл или выберите другое расположение.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>Файл %1 обрывается посреди %2 (смещение в байтах: %3): файл обрезан; прочитан %4 полный пакет перед этим местом.</numerusform>
            <numerusform>Файл %1 обрывается посреди %2 (смещение в байтах: %3): файл обрезан; прочитаны %4 полных пакета перед этим местом.</numerusform>
            <numerusform>Файл %1 обрывается посреди %2 (смещение в байтах: %3): файл обрезан; прочитано %4 полных пакетов перед этим местом.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>Ошибка чтения %1 (смещение в байтах: %2; %3); проверьте диск или скопируйте файл на локальный диск.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>Файл %1 пуст (0 байт), поэтому в нём нет пакетов; выберите файл захвата, сохранённый Wireshark, tcpdump или Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>Размер файла %1 — всего %2 байт: это слишком мало для файла захвата pcap или pcapng.</numerusform>
            <numerusform>Размер файла %1 — всего %2 байта: это слишком мало для файла захвата pcap или pcapng.</numerusform>
            <numerusform>Размер файла %1 — всего %2 байт: это слишком мало для файла захвата pcap или pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 не является файлом захвата pcap или pcapng (неизвестная сигнатура %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 не существует; проверьте имя файла и папку.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope не имеет права читать %1; дайте своему пользователю право на чтение этого файла или скопируйте его в другое место.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>Не удаётся открыть %1 (%2); проверьте, доступен ли файл.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 — это папка, а не файл захвата; выберите в ней файл .pcap или .pcapng.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>поэтому из него не удалось прочитать ни одного пакета (pcapfix может восстановить файл).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>поэтому чтение остановлено: прочитан только %1 пакет перед ним (pcapfix может восстановить файл).</numerusform>
            <numerusform>поэтому чтение остановлено: прочитаны только %1 пакета перед ним (pcapfix может восстановить файл).</numerusform>
            <numerusform>поэтому чтение остановлено: прочитано только %1 пакетов перед ним (pcapfix может восстановить файл).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Сетевой адаптер не выбран; выберите один из списка `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Запустите Flowscope с правами администратора или однократно предоставьте нужную привилегию (capability): %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>Файл %1 обрезан: его размер — всего %2 Б, меньше 24-байтового заголовка файла pcap; вероятно, он был записан или скопирован не полностью.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 использует формат pcap версии %2.%3, который Flowscope не умеет читать; преобразуйте его в pcapng командой «Сохранить как» в Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>пакета %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>Файл %1 повреждён: заголовок записи %2 (смещение в байтах: %3) указывает число захваченных байтов %4, что больше предела %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Сетевого адаптера с именем «%1» нет; выполните `flowscope-cli interfaces`, чтобы увидеть список адаптеров, с которых можно выполнять захват.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>У Flowscope нет разрешения на захват с адаптера %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>Сетевой адаптер %1 выключен; включите (или подключите) его и снова запустите захват.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>Сетевой адаптер %1 не поддерживает режим мониторинга; выберите другой адаптер.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope не удалось начать захват с адаптера %1 (%2: %3); проверьте адаптер и повторите попытку.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Не удалось установить фильтр захвата «%1» на адаптер %2 (%3: %4); попробуйте более простой фильтр.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope не удалось подготовить захват с адаптера %1 (%2: %3); повторите попытку.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>Сетевой адаптер %1 отключился или пропал во время захвата (%2: %3); подключите его снова или выберите другой адаптер с помощью `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>Сбой захвата с адаптера %1 (%2: %3); снова запустите захват.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>блок %1 по смещению %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>Файл %1 обрезан: он заканчивается внутри заголовка секции pcapng; вероятно, он был записан или скопирован не полностью.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>Файл %1 повреждён: заголовок секции (%2) имеет длину всего %3 Б (нужно не меньше 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 использует формат pcapng версии %2.%3, который Flowscope не умеет читать; пересохраните его в Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>Файл %1 повреждён: параметр заголовка секции (%2) указывает длину %3 Б — больше, чем вмещает его блок, поэтому из файла невозможно прочитать ни одного пакета (pcapfix может восстановить файл).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>Файл %1 повреждён: описание интерфейса (%2) слишком короткое.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>Файл %1 повреждён: параметр описания интерфейса (%2) указывает длину %3 Б — больше, чем вмещает его блок, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>блока %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>Файл %1 повреждён: у заголовка секции (%2) недопустимая сигнатура порядка байтов.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>имеет длину %1 Б — меньше минимальных 12 байт</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>имеет длину %1 Б, не кратную 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>указывает длину %1 Б — больше, чем у любого реального блока</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>имеет завершающее поле длины, которое не совпадает с начальным (%1 вместо %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>является пакетным блоком, слишком коротким для своих полей</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>указывает больше захваченных байтов (%1), чем вмещает блок</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>ссылается на интерфейс %1, но его секция описывает до него только %2 интерфейс</numerusform>
            <numerusform>ссылается на интерфейс %1, но его секция описывает до него только %2 интерфейса</numerusform>
            <numerusform>ссылается на интерфейс %1, но его секция описывает до него только %2 интерфейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>является простым пакетным блоком, слишком коротким для своих полей</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>является пакетом, но его секция не описывает до него ни одного интерфейса</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>Файл %1 повреждён: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap установлен только для администраторов: запустите Flowscope от имени администратора или переустановите Npcap без параметра «Restrict Npcap driver&apos;s access to Administrators only».</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>см. синтаксис pcap-filter по адресу %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Базы истории «%1» пока нет; её создаёт захват в реальном времени (его записывает настольное приложение, или запустите flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>Базу истории «%1» невозможно прочитать (нет прав на неё или, пока в неё идёт запись, на её папку); откройте её от имени владельца или скопируйте.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>«%1» — база данных другой программы, а не история Flowscope; выберите другой файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>База истории «%1» записана более новой версией Flowscope (схема %2, эта версия знает схемы до %3); обновите Flowscope или выберите другой файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>База истории «%1» повреждена (версия схемы %2, которую не записывает ни одна версия Flowscope); переместите её в другое место и начните новую.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>В «%1» пока нет истории; в эту базу записывается захват в реальном времени.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Не удаётся создать папку для базы истории «%1» (%2); выберите другой файл или разрешите запись в эту папку.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Не удалось переместить повреждённую базу истории «%1» (%2); переместите или удалите её вручную.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>База истории «%1» заблокирована другой программой; закройте эту программу (или выберите другой файл) и повторите попытку.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>В базу истории «%1» невозможно записывать (только для чтения или нет прав); разрешите запись в неё и в её папку или выберите другой файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>База истории «%1» повреждена; переместите её в другое место и начните новую (записанные в неё данные прочитать невозможно).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Диск с базой истории «%1» заполнен; освободите место или уменьшите ограничение размера истории, затем снова начните запись.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Не удаётся открыть базу истории «%1»; проверьте, существует ли её папка и доступна ли она для записи, или выберите другой файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Не удаётся открыть базу истории «%1» (%2); проверьте, существует ли её папка и доступна ли она для записи, или выберите другой файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Не удалось прочитать или записать базу истории «%1» (ошибка ввода-вывода); проверьте диск, на котором она находится.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Не удалось прочитать или записать базу истории «%1» (ошибка ввода-вывода: %2); проверьте диск, на котором она находится.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>База истории «%1» вернула непредвиденную ошибку.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>База истории «%1» вернула непредвиденную ошибку (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Фильтр захвата нельзя применить к типу канального уровня %1; кадры этого типа пропущены.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>Кадров, не записанных в %2 из-за слишком медленного диска: %1.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope не декодирует тип канального уровня %1: его пакеты учитываются как не-IP и не образуют соединений; откройте захват в Wireshark, чтобы увидеть их содержимое.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Обратный DNS отключён: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Невозможно определить процессы: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Ядро отбросило события сокетов из-за переполнения буфера событий, поэтому для некоторых коротких соединений программа может быть не определена; увеличьте буфер событий (Настройки или --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>произошла неизвестная ошибка.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Компонент «%1» прекратил работу: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Не удалось определить адрес коллектора «%1» (%2); укажите адрес или известное имя хоста.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Не удалось открыть UDP-сокет к коллектору %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>номера AS, но не страны</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>страны, но не номера AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>данные, в которых нет ни стран, ни номеров AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>базу стран (GeoLite2 или GeoIP2 Country либо City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>базу AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Файл «%1» (%2) содержит %3; выберите %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>без типа</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Файл базы данных «%1» не существует; проверьте путь.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>«%1» — это папка, а не файл базы данных; выберите файл .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Не удаётся прочитать файл базы данных «%1» (доступ запрещён); проверьте права доступа к нему.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Не удаётся открыть файл базы данных «%1» (%2); проверьте диск и путь.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Файл базы данных «%1» повреждён: %2; скачайте его заново.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Не удалось прочитать файл базы данных «%1»; проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» не является файлом MaxMind DB (.mmdb), или его метаданные повреждены; выберите файл .mmdb GeoLite2, GeoIP2, DB-IP или IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Не удаётся загрузить файл базы данных «%1» (указанные в нём размеры не помещаются в памяти, поэтому он, вероятно, повреждён); скачайте его заново.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>Ошибка поиска %1 в «%2»: %3; скачайте файл заново.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Не удаётся прочитать запись для %1 в «%2»: %3; скачайте файл заново.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Не удаётся прочитать файл базы данных «%1» (%2); проверьте диск и путь.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» — пустой файл; выберите файл .mmdb GeoLite2, GeoIP2, DB-IP или IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» — не обычный файл; выберите файл .mmdb GeoLite2, GeoIP2, DB-IP или IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Недостаточно памяти для собственной копии файла базы данных «%1» (%2); закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Файл базы данных «%1» всё время изменялся во время чтения; повторите попытку, когда его запись завершится.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Файл списка блокировки %1 не существует; проверьте путь.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 — это папка, а не файл списка блокировки; выберите файл списка в этой папке.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 — не обычный файл (а канал, сокет или устройство); выберите файл списка.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Не удаётся прочитать файл списка блокировки %1 (%2); проверьте права доступа к нему.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 содержит двоичные данные (нулевой байт, смещение в байтах: %2), поэтому это не текстовый список блокировки; выберите текстовый список IP/CIDR.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>Ошибка чтения файла списка блокировки %1 (прочитано байт: %2); проверьте диск.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 не содержит адресов (файл пуст или содержит только комментарии); выберите список, в котором есть хотя бы один IP-адрес или префикс.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>Ни одна из %1 строки в %2 (не считая комментариев) не является IP-адресом или префиксом, поэтому это не список блокировки; выберите текстовый список IP/CIDR.</numerusform>
            <numerusform>Ни одна из %1 строк в %2 (не считая комментариев) не является IP-адресом или префиксом, поэтому это не список блокировки; выберите текстовый список IP/CIDR.</numerusform>
            <numerusform>Ни одна из %1 строк в %2 (не считая комментариев) не является IP-адресом или префиксом, поэтому это не список блокировки; выберите текстовый список IP/CIDR.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 содержит более одного слова</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 не является ни адресом, ни префиксом IPv4 или IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>длина префикса в %1 должна быть числом от 0 до %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Строка %1 превышает допустимую длину (максимум символов: %2), поэтому она пропущена (остальная часть списка всё равно загружается).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Строка %1: %2, поэтому строка пропущена (остальная часть списка всё равно загружается).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Строка %1: в %2 установлены биты за пределами длины префикса; элемент загружен как %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Файл известных программ %1 — не обычный файл. Новые программы запоминаются только до выхода из Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Не удаётся прочитать файл известных программ %1 (%2). Новые программы запоминаются только до выхода из Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Файл известных программ %1 повреждён (это не список программ); переместите его в другое место, чтобы начать новый. Новые программы запоминаются только до выхода из Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Не удалось прочитать файл известных программ %1 до конца. Новые программы запоминаются только до выхода из Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Не удаётся записать файл известных программ %1 (не удалось записать %2); новые программы запоминаются только до выхода из Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Не удаётся заменить файл известных программ %1 (%2); новые программы запоминаются только до выхода из Flowscope.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Операция не разрешена</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Нет такого файла или каталога</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ошибка ввода-вывода</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Нет такого устройства или адреса</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Ресурс временно недоступен</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Невозможно выделить память</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Отказано в доступе</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Устройство или ресурс занят</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Файл уже существует</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Нет такого устройства</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Это не каталог</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Это каталог</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Недопустимый аргумент</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Слишком много открытых файлов в системе</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Слишком много открытых файлов</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Файл слишком велик</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>На устройстве не осталось свободного места</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Файловая система доступна только для чтения</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Обрыв канала</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Слишком длинное имя файла</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Слишком много уровней символьных ссылок</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Сообщение слишком длинное</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Семейство адресов не поддерживается протоколом</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Адрес уже используется</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Невозможно назначить запрошенный адрес</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Сеть не работает</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Сеть недоступна</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Программа вызвала разрыв соединения</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Соединение разорвано другой стороной</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Недостаточно буферного пространства</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Конечная точка передачи не подключена</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Время ожидания соединения истекло</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Отказано в соединении</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Нет маршрута до хоста</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Превышена дисковая квота</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; вместо этого Flowscope использует встроенную базу стран.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; вместо этого Flowscope использует встроенную базу AS.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; встроенную базу стран тоже невозможно использовать (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; встроенную базу AS тоже невозможно использовать (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>База стран «%1» изменилась на диске; после проверки Flowscope снова использует её.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>База AS «%1» изменилась на диске; после проверки Flowscope снова использует её.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>База стран изменилась во время использования: %1; Flowscope использует встроенную базу стран, пока файл снова не станет пригодным для использования.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>База AS изменилась во время использования: %1; Flowscope использует встроенную базу AS, пока файл снова не станет пригодным для использования.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Не удалось отправить сообщения IPFIX на %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Не удалось отправить сообщение IPFIX коллектору (%1); ожидает ли он подключений на %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>отправлено частично</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>коллектор не успевает принимать сообщения (очередь размером %1 KiB заполнена)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>испробовано адресов: %1, ошибки: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>сбой подключения к коллектору (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>коллектор закрыл соединение</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>коллектор не принял последние сообщения вовремя</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>до открытия адаптера %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Вспомогательная программа захвата %1 не открыла адаптер %2 за 30 секунд; снова запустите захват.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>во время захвата с адаптера %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>код завершения %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>завершена сигналом %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>завершена сигналом %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>статус %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope не удалось запустить вспомогательную программу захвата (pipe: %1); повторите попытку.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope не удалось запустить вспомогательную программу захвата %1 (%2); переустановите Flowscope или задайте FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>её статус неизвестен</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Вспомогательная программа захвата %1 неожиданно завершилась %2 (%3); снова запустите захват, а если она продолжит завершаться, проверьте системный журнал.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Вспомогательная программа захвата %1 прислала данные, которые Flowscope не может прочитать (%2); убедитесь, что она относится к этой версии Flowscope, и снова запустите захват.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Вспомогательной программе захвата не удалось отказаться от своих прав (%1); захват работает, но программа по-прежнему выполняется с повышенными правами.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Сбой чтения таблицы сокетов через netlink (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Не удаётся прочитать %1 (%2); таблица сокетов недоступна.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Эти события загружает вспомогательная программа захвата.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>События сокетов eBPF не используются: %1; вместо этого владельцы сокетов определяются по снимкам таблицы сокетов.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>эта сборка Flowscope не поддерживает eBPF (при сборке не было libbpf, clang или bpftool)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>для их загрузки нужны права root либо CAP_BPF и CAP_PERFMON (и ядро не в режиме lockdown)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>ядро отклонило трекер (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>для подключения к точкам трассировки нужны права root или CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>в ядре нет нужной им точки трассировки (sock_send_length и sock_recv_length появились в Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>не удалось открыть трекер (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>в ядре нет информации о типах BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Владельцы сокетов определяются по событиям сокетов eBPF (точкам трассировки ядра); снимки таблицы сокетов служат резервным способом.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Владельцы сокетов определяются по снимкам таблицы сокетов, как выбрано в настройках.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Владельцы сокетов определяются по снимкам таблицы сокетов: события сокетов eBPF есть только в Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Укажите адрес или имя хоста коллектора, например 192.0.2.10 или collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>«%1» — не IP-адрес и не имя хоста; укажите, например, 192.0.2.10 или collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>Порт «%1» вне допустимого диапазона: укажите число от 1 до 65535 (коллекторы IPFIX обычно слушают порт 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Имя хоста «%1» не удаётся преобразовать в адрес; проверьте его написание или укажите IP-адрес коллектора.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Не удаётся записать отчёт в %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Хосты</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Службы</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Сети (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Неизвестное приложение</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Неизвестный хост</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Неизвестная служба</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Неизвестная страна</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Неизвестная сеть</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Истории пока нет: захваты в реальном времени записываются в %1 (Настройки → История), и их трафик отображается здесь.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>База истории %1 повреждена или не является базой истории: переместите её в другое место или удалите, и следующий захват в реальном времени начнёт новую.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>хост %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>служба %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>приложение %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>эта сборка Flowscope не поддерживает eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>события сокетов eBPF есть только в Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>в ядре нет информации о типах BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>вспомогательной программе захвата для eBPF нужны права CAP_BPF и CAP_PERFMON.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>для eBPF нужны права root либо CAP_BPF и CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>в ядре нет нужных точек трассировки (Linux 6.3 или новее).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Программы определяются по событиям сокетов eBPF, которые загружает вспомогательная программа захвата; снимки служат резервным способом.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Программы определяются по событиям сокетов eBPF; снимки служат резервным способом.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Программы определяются по снимкам таблицы сокетов, как выбрано в настройках.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Программы определяются по снимкам таблицы сокетов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>Потеряно %n событие сокета, так как буфер событий был заполнен; буфер побольше их сохранит.</numerusform>
            <numerusform>Потеряно %n события сокетов, так как буфер событий был заполнен; буфер побольше их сохранит.</numerusform>
            <numerusform>Потеряно %n событий сокетов, так как буфер событий был заполнен; буфер побольше их сохранит.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 года</numerusform>
            <numerusform>%1 года</numerusform>
            <numerusform>%1 года</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>Последний захват в реальном времени (на %1) не был возобновлён. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Правило скорости трафика «%1» в настройках не удаётся прочитать; оно игнорируется. Добавьте его заново в настройках.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Правило лимита трафика «%1» в настройках не удаётся прочитать; оно игнорируется. Добавьте его заново в настройках.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>Избранный хост «%1» — не IP-адрес; он игнорируется.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Избранная служба «%1» записана не в виде tcp/443; она игнорируется.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … и ещё строк с ошибками: %2.</translation>
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
        <translation>Снять звёздочку с %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Отметить %1 звёздочкой</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Поставить или снять звёздочку</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Только со звёздочкой</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Показывать только элементы со звёздочкой (щёлкните элемент правой кнопкой или нажмите Ctrl+D, чтобы отметить его)</translation>
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
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Получено %1 · Отправлено %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Больше всего трафика: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Идёт захват</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 непрочитанное уведомление</numerusform>
            <numerusform>%1 непрочитанных уведомления</numerusform>
            <numerusform>%1 непрочитанных уведомлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистить: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>включён</translation>
    </message>
    <message>
        <source>down</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>петлевой</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>беспроводной</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Трафик на %1 за последнюю минуту</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 не сообщает счётчики трафика</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Адаптер</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Адрес из списка блокировки</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Скорость трафика</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Активность избранного</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Лимит трафика</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Проблема с захватом</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (уведомления отключены)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Не доставлено: уведомления были отключены.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>За сегодня в истории пока нет ничего от этого приложения.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Сегодня с полуночи (история): получено %1, отправлено %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Скорость получения + отправки за последнюю минуту, самые новые данные справа</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Скорость получения</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Скорость отправки</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Всего получено</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Всего отправлено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Соединения</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>приложение %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы проанализировать соединения приложения</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Приложения известны только для захвата в реальном времени: начните захват на адаптере, чтобы увидеть, какие программы используют сеть.</translation>
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
        <translation>Дважды щёлкните, чтобы вернуться в главное окно; перетащите, чтобы переместить.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Приложений пока нет (только при захвате в реальном времени)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Компактное окно</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Захват не идёт</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Приостановлено на %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Захват на %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Чтение %1 приостановлено</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Показать главное окно</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 байт)</numerusform>
            <numerusform>%1 (%2 байта)</numerusform>
            <numerusform>%1 (%2 байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Копировать все поля, по одному в строке</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локальный</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Удалённый</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Порт службы</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Получено байт</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Отправлено байт</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Получено пакетов</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Отправлено пакетов</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Скорость получения</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Скорость отправки</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые замечено</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз замечено</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Флаги TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID потока</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Имя хоста</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Источник имени</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Тип адреса</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать: %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Выберите соединение, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Больше нет в таблице</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Только активные</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Только со звёздочкой</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Поиск соединений</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Любой протокол</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Любое направление</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>В основном исходящие</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>В основном входящие</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Адрес или CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Адрес (10.1.2.3, 2001:db8::1) или сеть (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Любое приложение</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Страна, AS или домен</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Код страны (US), номер AS (AS15169) или домен (google.com соответствует www.google.com); если указать несколько через пробел, применяются все</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Только соединения с трафиком за последний интервал</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Только соединения, у которых хост, служба или приложение отмечены звёздочкой</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Приложение %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Это не адрес и не сеть; продолжает действовать прежний фильтр</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>скрыто (пользователь %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Сокет пользователя %1: запустите Flowscope с бо́льшими правами, чтобы увидеть его программу.</translation>
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
путь %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
пользователь %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
порт %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>У файла захвата нет текущей скорости; график на странице «Обзор» показывает его трафик во времени.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Байт в секунду за последний такт</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Только при захвате в реальном времени: у файла захвата нет текущей скорости</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локальный</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Удалённый</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Получено байт</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Отправлено байт</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Получено пакетов</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Отправлено пакетов</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Скорость получения</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Скорость отправки</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые замечено</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз замечено</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Программа, которой принадлежит это соединение, неизвестна.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Имя хоста</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (источник: %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Флаг: %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Значок программы %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Сообщать, когда программа впервые использует сеть</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Воспроизводить звук при каждом уведомлении</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Включить уведомления</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Адрес веб-хука</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (необязательно)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Каждое уведомление также отправляется на этот адрес в виде JSON POST-запроса (тело описано в docs/notifications.md).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Новые программы:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Звук:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Веб-хук:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Отключены:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Это не адрес http:// или https://; уведомления на него отправляться не будут.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Все уведомления до %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Эти правила: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Ничего не отключено.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Отключить уведомления этого правила</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Нет сеансовой шины D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Уведомления рабочего стола через D-Bus здесь недоступны.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 по %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Файлы захвата, открытые для просмотра, не отправляются коллектору, если в «Настройки → Экспорт» не включён параметр «Также отправлять файлы захвата, открытые для просмотра».</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Эта сборка Flowscope не умеет отправлять потоки коллектору.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 запись</numerusform>
            <numerusform>%1 записи</numerusform>
            <numerusform>%1 записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 сообщение</numerusform>
            <numerusform>%1 сообщения</numerusform>
            <numerusform>%1 сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>Отправлено: %1 (%2), отброшено: %3.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Ничего не отправляется.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Потоки этого захвата не отправляются: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Отправка на %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>Последний захват завершён. Отправлено на %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Коллектор недоступен: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: не отправляется</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: коллектор недоступен</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: отправлено %1, отброшено %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: отправлено %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>Отправлять потоки коллектору (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Каждое соединение вместе с программой, которая за ним стоит, отправляется в виде записей IPFIX на ваш коллектор (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Также отправлять файлы захвата, открытые для просмотра</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Изменения вступают в силу со следующего захвата; текущий захват продолжает отправку с прежними параметрами.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Коллектор</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Адрес или имя хоста, например 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (обычный вариант; данные теряются, когда коллектор недоступен)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (переподключается; накапливает очередь, пока коллектор недоступен)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Тайм-аут активности:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>О продолжающемся потоке сообщается с такой периодичностью.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Тайм-аут бездействия:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>О потоке без трафика в течение этого времени сообщается как о завершённом.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID домена наблюдения:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Номер предприятия:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Private Enterprise Number, под которым отправляются собственные элементы Flowscope (ID процесса, путь программы, имя хоста).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Значение по умолчанию, 32473, — это номер для документации из RFC 5612: замените его своим.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Эта сборка Flowscope не умеет отправлять потоки коллектору.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>пак/с</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>тыс. пак/с</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>млн пак/с</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>млрд пак/с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>петлевой</translation>
    </message>
    <message>
        <source>private</source>
        <translation>частный</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>локальный для канала</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>многоадресный</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>широковещательный</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>зарезервированный (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>имя сервера TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>заголовок HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>ответ DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>ответ DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>обратный поиск DNS</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Хосты приложения</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: по дням за %2 дней и основные хосты за показанный период</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Сгруппируйте по приложениям и выберите одно в таблице, чтобы увидеть его использование по дням и основные хосты.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>История трафика</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
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
        <translation>↓ получено · ↑ отправлено</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: получено %2, отправлено %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Всего: получено %1, отправлено %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Щёлкните, чтобы показать соединения этого интервала</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Нет трафика за этот период.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>За этот период: получено %1, отправлено %2. Больше всего трафика: %3 (%4). Самое загруженное время: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Удалённый</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые замечено</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз замечено</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Трафик по дням</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
получено %2, отправлено %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Нет трафика за этот период.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>За %1 дн.: получено %2, отправлено %3. Самый загруженный день: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспортировать отчёт…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Записать таблицу страницы «История» в CSV или JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Итоги трафика</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Щёлкните график, чтобы показать соединения за это время.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Соединения за выбранный период</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Соединения</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Перечитать историю (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Группировать по:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Соединения, открытые в период %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>База истории %1 повреждена, поэтому этот захват не записывается (просмотр в реальном времени продолжается); если переместить её в другое место, она сохранится как есть, а запись начнётся в новую.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>Базу истории %1 невозможно использовать.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Этот захват не записывается; просмотр в реальном времени продолжается.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope не может определить, где хранить историю (нет домашней папки); выберите файл базы данных в «Вид → Настройки → История».</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Повреждённая база истории сохранена как %1; запись продолжается в новую базу.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Повреждённая база истории сохранена как %1; следующий захват в реальном времени начнёт новую.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Приостановить запись</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Не записывать трафик этого захвата в историю, пока запись не будет возобновлена</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Файл базы данных неизвестен: выберите его выше.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Пока ничего не записано: файл создаётся при первом записанном захвате в реальном времени.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, трафик пока не записан.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, трафик с %2 по %3, %4 соединение.</numerusform>
            <numerusform>%1, трафик с %2 по %3, %4 соединения.</numerusform>
            <numerusform>%1, трафик с %2 по %3, %4 соединений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Записывать захваты в реальном времени в историю</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Файлы захвата, открытые для просмотра, никогда не записываются. «Приостановить запись» в системном лотке и в меню «Захват» позволяет не записывать личные моменты.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Срок хранения применяется к текущему захвату сразу; включение или выключение записи и другой файл базы данных вступают в силу со следующего захвата в реальном времени.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Хранить</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> соединений</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Поминутные данные:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Почасовые данные:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Посуточные данные:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Соединений, не более:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Предельный размер:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Старые поминутные данные суммируются в почасовые, а почасовые — в посуточные, поэтому итоги остаются точными. При превышении предельного размера первыми удаляются самые старые строки: соединения, затем поминутные, почасовые и посуточные данные.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Файл базы истории</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Снова использовать место по умолчанию</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>История — это один файл SQLite на этом компьютере; данные никуда не передаются. flowscope-cli report читает тот же файл. Пустое поле: место по умолчанию, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>здесь неизвестно (нет домашней папки)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Сейчас содержит:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Выбор базы истории</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Базы истории (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>получено %1, отправлено %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Пакеты</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: поиск; Ctrl+D: отметить хост, службу или приложение звёздочкой; Ctrl+Shift+C: выбор столбцов</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Подробности соединения</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Поиск соединений</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Выбрать столбцы</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Соединения</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope переключится на новый язык при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Идёт захват</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Выберите другой файл в «Вид → Настройки…» или очистите поле, чтобы использовать встроенный.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Открыть файл захвата…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Приостановить или возобновить захват (Пробел, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Остановить захват (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;О программе Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Захват</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Приложения</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
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
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Захват</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Открыть файл захвата</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Файлы захвата (*.pcap *.pcapng *.cap *.dmp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Сетевой монитор: с кем общается этот компьютер — в реальном времени или по файлу захвата.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2 (работает на Qt %3).&lt;br&gt;Захват с помощью %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Данные AS: &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; и &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Значки флагов из &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Базы данных читаются с помощью libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>О программе Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 пакет</numerusform>
            <numerusform>%1 пакета</numerusform>
            <numerusform>%1 пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>потеряно: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Программы определяются во время захвата в реальном времени.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Трафик во времени</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>последние %1 с</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы проанализировать соединения оповещения</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Уведомлений пока нет. Во время захвата в реальном времени здесь появляются оповещения: о программе, впервые использующей сеть, и по правилам, заданным в настройках.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>Не прочитано: %1 из %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>For</source>
        <translation>В течение</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Правила скорости</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Добавить правило скорости</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Скорость трафика выше предела</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Лимиты объёма трафика</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Добавить лимит трафика</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Объём трафика выше лимита</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Весь трафик</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Пусто: весь трафик; иначе путь или имя программы</translation>
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
        <translation> с</translation>
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
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Файлы списков блокировки</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Элементов</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Выбор списков блокировки</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Списки IP (*.netset *.ipset *.txt *.list);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Текстовые списки IP/CIDR (по одному элементу в строке, комментарии после #, в формате FireHOL), IPv4 и IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Списки блокировки</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>не загружен</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Элементы со звёздочкой</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Снова уведомлять после бездействия в течение</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Отмечайте звёздочкой хосты, службы и приложения на страницах «Обзор», «Анализ» и «Приложения».</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Хост %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Служба %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Приложение %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Получено байт</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Полученный IP-трафик</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Отправлено байт</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Отправленный IP-трафик</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Все захваченные кадры</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Пакетов/с</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Пакетов за последнюю секунду</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Соединения, замеченные к этому моменту</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Кадры, потерянные ядром, адаптером или в очереди Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Охваченное время захвата</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Трафик&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>байт/с</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>бит/с</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>пакетов/с</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Основные приложения</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Щёлкните приложение, чтобы проанализировать его соединения</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Основные хосты</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Основные службы</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>хост %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>служба %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>приложение %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Щёлкните элемент, чтобы проанализировать его соединения</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Соединения, замеченные к этому моменту (сейчас в таблице: %1)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Программы, стоящие за соединениями</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Способ определения программ</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Автоматически (eBPF, где разрешено, иначе снимки)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>События сокетов eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Только снимки</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Буфер событий</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Вступает в силу со следующего захвата в реальном времени.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Способ определения программ:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Буфер событий:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Переместить её в другое место и начать новую</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>База стран:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>База AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Пусто: встроенные базы DB-IP Lite. Поддерживаются файлы MMDB GeoLite2, GeoIP2, DB-IP и IPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Определять имена хостов по адресам (обратный DNS, захват в реальном времени)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Файл базы стран</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Файл базы AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Встроенная (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Выбор базы данных</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Файлы MaxMind DB (*.mmdb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Продолжает использоваться встроенная база.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Сохранять захват в файл pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Начать захват</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Открыть файл захвата…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Наблюдайте за своей сетью&lt;/h2&gt;Выберите адаптер для захвата в реальном времени или откройте файл захвата.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Проверка, может ли Flowscope выполнять захват на этом компьютере…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Фильтр захвата:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Выражение BPF, например tcp port 443 или host 10.0.0.1 (пусто: всё)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Сетевые адаптеры</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Файл для сохранения захвата</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Файлы захвата</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Недавние файлы:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Недавние файлы захвата</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Без фильтра: захватываются все пакеты.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>корректный</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Сначала исправьте фильтр захвата</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Сохранить захват как</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Файлы pcap (*.pcap);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Открыть файл захвата</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Захваты (*.pcap *.pcapng *.cap);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Файлы захвата по-прежнему можно открывать.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Здесь перечислены открытые вами файлы</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Запускать Flowscope при входе в систему</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Возобновлять последний захват в реальном времени при запуске Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>При входе в систему Flowscope запускается в системном лотке, без окна.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Если Flowscope запускается без файла захвата или адаптера, он снова начинает захват на том же адаптере и с тем же фильтром, что и последний захват в реальном времени.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>Высокая &amp;контрастность</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Открыть &amp;папку тем…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (недопустимый)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Файл темы %1 не использован: %2 Исправьте его и снова выберите в меню Вид → Тема.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>файл больше 64 КБ; тема — это список из нескольких цветов (см. docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>в файле нет строки «name = …»; добавьте её с отображаемым названием.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>строка %1: ожидалось «ключ = значение».</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>строка %1: «%2» указан дважды; оставьте один.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>строка %1: название должно содержать от 1 до 80 символов текста UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>строка %1: based-on должен быть «light» или «dark».</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>строка %1: неизвестный ключ «%2»; в docs/themes.md перечислены ключи, которые может задавать тема.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>строка %1: «%2» — не цвет; запишите его как #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Файл темы %1 трудно читать: %2 на %3 даёт контраст всего %4:1, меньше 4,5:1, нужных тексту. Выберите в файле более различающиеся цвета.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
получено %2, отправлено %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Трафик во времени</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Нет трафика</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Файлы: перетащите указатель, чтобы приблизить интервал времени; щёлкните правой кнопкой, чтобы отдалить (клавиатура: +, - и 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>нет трафика в течение %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Трафика пока нет.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Последнее значение: входящий %1, исходящий %2. Максимум: входящий %3 в %4, исходящий %5 в %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Показать окно</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Сменить адаптер</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Открыть «Обзор»</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Открыть «Приложения»</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Открыть «Уведомления»</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Отключить уведомления</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Включить уведомления</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Компактное окно</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>В этой среде рабочего стола нет системного лотка (для GNOME нужно расширение AppIndicator), поэтому закрытие окна завершает Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>В этой среде рабочего стола нет системного лотка (для GNOME нужно расширение AppIndicator), поэтому окно показывается, а не запускается свёрнутым.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Скрыть окно</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Нет адаптеров</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Невозможно выполнить захват на %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope продолжает мониторинг</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Значок в системном лотке снова открывает окно; пункт «Выйти» находится в его меню.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Системный лоток</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Спрашивать</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Продолжать мониторинг в системном лотке</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>При закрытии окна:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>это не адрес http:// или https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>код состояния HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>нет ответа в течение %1 с</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Не удалось отправить уведомление на веб-хук %1 (%2); оповещения по-прежнему отображаются на странице «Уведомления». Проверьте адрес в настройках.</translation>
    </message>
</context>
</TS>
