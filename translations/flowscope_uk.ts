<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 і ще %2</numerusform>
            <numerusform>%1 і ще %2</numerusform>
            <numerusform>%1 і ще %2</numerusform>
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
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Увесь трафік</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Трафік програми %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Обраний хост %1 активний</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Обрана служба %1 активна</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Обрана програма %1 активна</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 програма вперше використала мережу</numerusform>
            <numerusform>%1 програми вперше використали мережу</numerusform>
            <numerusform>%1 програм вперше використали мережу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>З’єднання з %1 адресою зі списків блокування</numerusform>
            <numerusform>З’єднання з %1 адресами зі списків блокування</numerusform>
            <numerusform>З’єднання з %1 адресами зі списків блокування</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 швидкість трафіку перевищувала межу</numerusform>
            <numerusform>%1 швидкості трафіку перевищували межі</numerusform>
            <numerusform>%1 швидкостей трафіку перевищували межі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 елемент обраного став активним</numerusform>
            <numerusform>%1 елементи обраного стали активними</numerusform>
            <numerusform>%1 елементів обраного стали активними</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>Перевищено %1 ліміт трафіку</numerusform>
            <numerusform>Перевищено %1 ліміти трафіку</numerusform>
            <numerusform>Перевищено %1 лімітів трафіку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 проблема із захопленням</numerusform>
            <numerusform>%1 проблеми із захопленням</numerusform>
            <numerusform>%1 проблем із захопленням</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Перші з’єднання: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Встановлено з’єднання з адресами зі списків блокування: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Трафік перевищував межу: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Почався трафік: %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Трафік перевищив ліміт: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Виникли проблеми із захопленням: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>Програма %1 вперше використала мережу</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 міститься у списку блокування %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: понад %2 протягом %3 с</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: перевищено денний ліміт трафіку %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: перевищено місячний ліміт трафіку %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>Адаптер більше недоступний</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>Захоплення зупинено через помилку</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>Захоплення втрачає %1 кадрів</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>Програма %1 встановила перше з’єднання.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>Програма %1 встановила перше з’єднання (користувач %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Встановлено з’єднання з адресою %1, яку внесено до списку %2 як %3 (рядок %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>Програма %5 встановила з’єднання з адресою %1, яку внесено до списку %2 як %3 (рядок %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Почався трафік: %1 через %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Почався трафік: %1 через %2 (програма %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 перевищував %2 протягом %3 секунди.</numerusform>
            <numerusform>%1 перевищував %2 протягом %3 секунд.</numerusform>
            <numerusform>%1 перевищував %2 протягом %3 секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 сьогодні досяг %2, перевищивши ліміт %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 цього місяця досяг %2, перевищивши ліміт %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>За останні %3 с втрачено %1 з %2 кадрів; комп’ютер або Flowscope не встигає. Звузьте захоплення фільтром або закрийте інші ресурсомісткі програми.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Не вдалося створити теку %1, тому Flowscope не запускатиметься під час входу в систему; перевірте, чи маєте ви право запису до неї, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Не вдалося записати %1 (%2), тому Flowscope не запускатиметься під час входу в систему; перевірте, чи маєте ви право запису до %3, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Не вдалося видалити %1 (%2), тому Flowscope і далі запускатиметься під час входу в систему; перевірте, чи маєте ви право запису до %3, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Не вдалося записати значення реєстру %1, тому Flowscope не запускатиметься під час входу в систему; перевірте, чи може ваш обліковий запис його змінювати, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Не вдалося видалити значення реєстру %1, тому Flowscope і далі запускатиметься під час входу в систему; перевірте, чи може ваш обліковий запис його змінювати, і спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Доступ заборонено: Flowscope не може прочитати %1. Надайте своєму користувачеві право на читання цього файлу або скопіюйте його до однієї зі своїх тек і відкрийте знову.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Мережевого адаптера з назвою «%1» немає. Виберіть один з адаптерів, перелічених на сторінці «Початок».</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>Мережевий адаптер %1 вимкнувся або зник під час захоплення. Підключіть його знову й перезапустіть захоплення або виберіть інший адаптер на сторінці «Початок»; уже захоплені дані лишаються на екрані.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Мережевий адаптер не вибрано; виберіть його на сторінці «Початок».</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Не вдається відкрити %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Закриття Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Продовжити моніторинг у системному лотку?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope може продовжувати захоплення й надсилати сповіщення із закритим вікном; значок у системному лотку знову відкриває вікно. Або вийдіть із програми й зупиніть моніторинг.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Залишити в лотку</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Більше не питати (можна змінити в налаштуваннях)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope не вдалося отримати список мережевих адаптерів (libpcap: %1); перевірте, чи працює мережева підсистема, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap не вдалося підготувати компілятор фільтрів (бракує пам’яті?); спробуйте ще раз або перезапустіть Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Фільтр захоплення «%1» недійсний: %2; виправте його (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>див. `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнено</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>дискову квоту вичерпано</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>файл досяг максимально допустимого розміру</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>диск повідомив про помилку</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope не має права записувати %1 (%2); виберіть теку, до якої ви маєте право запису.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 — це тека; вкажіть ім’я файлу pcap, до якого треба записувати, наприклад %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>Теки для %1 не існує; створіть її або виберіть інше розташування.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope не може створити %1 (%2); виберіть інше розташування.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Запис до %1 зупинено (записано кадрів: %2), оскільки %3 (%4); файл містить ці кадри й лишається придатним для читання, а захоплення триває без збереження: звільніть місце на диску або виберіть інше розташування.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Запис до %1 зупинено (записано кадрів: %2), оскільки %3 (%4); останній кадр може бути обрізаним, а захоплення триває без збереження: звільніть місце на диску або виберіть інше розташування.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope не може записати %1, оскільки %2 (%3); звільніть місце на диску або виберіть інше розташування.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>Помилка запису %1 під час закриття файлу (%2); можливо, на диск записано не все — перевірте файл або виберіть інше розташування.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>Файл %1 обривається посередині %2 (зміщення в байтах: %3): файл обрізано; прочитано %4 повний пакет перед цим місцем.</numerusform>
            <numerusform>Файл %1 обривається посередині %2 (зміщення в байтах: %3): файл обрізано; прочитано %4 повні пакети перед цим місцем.</numerusform>
            <numerusform>Файл %1 обривається посередині %2 (зміщення в байтах: %3): файл обрізано; прочитано %4 повних пакетів перед цим місцем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>Помилка читання %1 (зміщення в байтах: %2; %3); перевірте диск або скопіюйте файл на локальний диск.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>Файл %1 порожній (0 байтів), тому в ньому немає пакетів; виберіть файл захоплення, збережений Wireshark, tcpdump або Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>Розмір файлу %1 — лише %2 байт: цього замало для файлу захоплення pcap або pcapng.</numerusform>
            <numerusform>Розмір файлу %1 — лише %2 байти: цього замало для файлу захоплення pcap або pcapng.</numerusform>
            <numerusform>Розмір файлу %1 — лише %2 байтів: цього замало для файлу захоплення pcap або pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 не є файлом захоплення pcap або pcapng (невідома сигнатура %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 не існує; перевірте ім’я файлу й теку.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope не має права читати %1; надайте своєму користувачеві право на читання цього файлу або скопіюйте його в інше місце.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>Не вдається відкрити %1 (%2); перевірте, чи доступний файл.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 — це тека, а не файл захоплення; виберіть у ній файл .pcap або .pcapng.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>тому з нього не вдалося прочитати жодного пакета (pcapfix може відновити файл).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>тому читання зупинено: прочитано лише %1 пакет перед ним (pcapfix може відновити файл).</numerusform>
            <numerusform>тому читання зупинено: прочитано лише %1 пакети перед ним (pcapfix може відновити файл).</numerusform>
            <numerusform>тому читання зупинено: прочитано лише %1 пакетів перед ним (pcapfix може відновити файл).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Мережевий адаптер не вибрано; виберіть один зі списку `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Запустіть Flowscope з правами адміністратора або одноразово надайте потрібну можливість (capability): %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>Файл %1 обрізано: його розмір — лише %2 Б, менше за 24-байтовий заголовок файлу pcap; імовірно, його записано або скопійовано не повністю.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 використовує формат pcap версії %2.%3, який Flowscope не вміє читати; перетворіть його на pcapng командою «Зберегти як» у Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>пакета %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>Файл %1 пошкоджений: заголовок запису %2 (зміщення в байтах: %3) вказує кількість захоплених байтів %4, що більше за ліміт %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Мережевого адаптера з назвою «%1» немає; виконайте `flowscope-cli interfaces`, щоб побачити список адаптерів, з яких можна виконувати захоплення.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope не має дозволу на захоплення з адаптера %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>Мережевий адаптер %1 вимкнений; увімкніть (або підключіть) його й знову запустіть захоплення.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>Мережевий адаптер %1 не підтримує режим моніторингу; виберіть інший адаптер.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope не вдалося почати захоплення з адаптера %1 (%2: %3); перевірте адаптер і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Не вдалося встановити фільтр захоплення «%1» на адаптер %2 (%3: %4); спробуйте простіший фільтр.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope не вдалося підготувати захоплення з адаптера %1 (%2: %3); спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>Мережевий адаптер %1 вимкнувся або зник під час захоплення (%2: %3); підключіть його знову або виберіть інший адаптер за допомогою `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>Збій захоплення з адаптера %1 (%2: %3); знову запустіть захоплення.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>блок %1 за зміщенням %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>Файл %1 обрізано: він закінчується всередині заголовка секції pcapng; імовірно, його записано або скопійовано не повністю.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>Файл %1 пошкоджений: заголовок секції (%2) має довжину лише %3 Б (потрібно щонайменше 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 використовує формат pcapng версії %2.%3, який Flowscope не вміє читати; пересохраніть його у Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>Файл %1 пошкоджений: параметр заголовка секції (%2) вказує довжину %3 Б — більше, ніж вміщує його блок, тому з файлу неможливо прочитати жодного пакета (pcapfix може відновити файл).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>Файл %1 пошкоджений: опис інтерфейсу (%2) закороткий.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>Файл %1 пошкоджений: параметр опису інтерфейсу (%2) вказує довжину %3 Б — більше, ніж вміщує його блок, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>блока %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>Файл %1 пошкоджений: заголовок секції (%2) має недійсну сигнатуру порядку байтів.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>має довжину %1 Б — менше за мінімальні 12 байтів</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>має довжину %1 Б, не кратну 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>вказує довжину %1 Б — більше, ніж у будь-якого реального блока</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>має кінцеве поле довжини, яке не збігається з початковим (%1 замість %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>є пакетним блоком, закоротким для своїх полів</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>вказує більше захоплених байтів (%1), ніж вміщує блок</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>посилається на інтерфейс %1, але його секція описує перед ним лише %2 інтерфейс</numerusform>
            <numerusform>посилається на інтерфейс %1, але його секція описує перед ним лише %2 інтерфейси</numerusform>
            <numerusform>посилається на інтерфейс %1, але його секція описує перед ним лише %2 інтерфейсів</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>є простим пакетним блоком, закоротким для своїх полів</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>є пакетом, але його секція не описує перед ним жодного інтерфейсу</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>Файл %1 пошкоджений: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap встановлено лише для адміністраторів: запустіть Flowscope від імені адміністратора або перевстановіть Npcap без параметра «Restrict Npcap driver&apos;s access to Administrators only».</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>див. синтаксис pcap-filter за адресою %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Бази історії «%1» ще немає; її створює захоплення в реальному часі (його записує настільний застосунок, або запустіть flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>Базу історії «%1» неможливо прочитати (немає прав на неї або, поки в неї йде запис, на її теку); відкрийте її від імені власника або скопіюйте.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>«%1» — база даних іншої програми, а не історія Flowscope; виберіть інший файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>Базу історії «%1» записано новішою версією Flowscope (схема %2, ця версія знає схеми до %3); оновіть Flowscope або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>База історії «%1» пошкоджена (версія схеми %2, яку не записує жодна версія Flowscope); перемістіть її в інше місце й почніть нову.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>У «%1» ще немає історії; до цієї бази записується захоплення в реальному часі.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Не вдається створити теку для бази історії «%1» (%2); виберіть інший файл або дозвольте запис до цієї теки.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Не вдалося перемістити пошкоджену базу історії «%1» (%2); перемістіть або видаліть її самостійно.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>Базу історії «%1» заблоковано іншою програмою; закрийте цю програму (або виберіть інший файл) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>До бази історії «%1» неможливо записувати (лише для читання або немає прав); дозвольте запис до неї та її теки або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>База історії «%1» пошкоджена; перемістіть її в інше місце й почніть нову (записані в ній дані неможливо прочитати).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Диск із базою історії «%1» заповнено; звільніть місце або зменште обмеження розміру історії, потім знову почніть запис.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Не вдається відкрити базу історії «%1»; перевірте, чи існує її тека і чи дозволено до неї запис, або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Не вдається відкрити базу історії «%1» (%2); перевірте, чи існує її тека і чи дозволено до неї запис, або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Не вдалося прочитати або записати базу історії «%1» (помилка введення-виведення); перевірте диск, на якому вона розташована.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Не вдалося прочитати або записати базу історії «%1» (помилка введення-виведення: %2); перевірте диск, на якому вона розташована.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>База історії «%1» повернула неочікувану помилку.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>База історії «%1» повернула неочікувану помилку (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Фільтр захоплення неможливо застосувати до типу канального рівня %1; кадри цього типу пропущено.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>Кадрів, не записаних до %2 через надто повільний диск: %1.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope не декодує тип канального рівня %1: його пакети враховуються як не-IP і не утворюють з’єднань; відкрийте захоплення у Wireshark, щоб побачити їхній вміст.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Зворотний DNS вимкнено: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Неможливо визначити процеси: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Ядро відкинуло події сокетів через переповнення буфера подій, тому для деяких коротких з’єднань програму може бути не визначено; збільште буфер подій (Налаштування або --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>сталася невідома помилка.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Компонент «%1» припинив роботу: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Не вдалося визначити адресу колектора «%1» (%2); вкажіть адресу або відоме ім’я хоста.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Не вдалося відкрити UDP-сокет до колектора %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>номери AS, але не країни</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>країни, але не номери AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>дані, у яких немає ні країн, ні номерів AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>базу країн (GeoLite2 або GeoIP2 Country чи City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>базу AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Файл «%1» (%2) містить %3; виберіть %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>без типу</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Файл бази даних «%1» не існує; перевірте шлях.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>«%1» — це тека, а не файл бази даних; виберіть файл .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Не вдається прочитати файл бази даних «%1» (доступ заборонено); перевірте права доступу до нього.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Не вдається відкрити файл бази даних «%1» (%2); перевірте диск і шлях.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Файл бази даних «%1» пошкоджений: %2; завантажте його ще раз.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Не вдалося прочитати файл бази даних «%1»; перевірте диск і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» не є файлом MaxMind DB (.mmdb), або його метадані пошкоджено; виберіть файл .mmdb GeoLite2, GeoIP2, DB-IP або IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Не вдається відкрити файл бази даних «%1» (зазначені в ньому розміри не вміщуються в пам’яті, тож він, імовірно, пошкоджений); завантажте його ще раз.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>Помилка пошуку %1 у «%2»: %3; завантажте файл ще раз.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Не вдається прочитати запис для %1 у «%2»: %3; завантажте файл ще раз.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Не вдається прочитати файл бази даних «%1» (%2); перевірте диск і шлях.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» — порожній файл; виберіть файл .mmdb GeoLite2, GeoIP2, DB-IP або IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>«%1» — не звичайний файл; виберіть файл .mmdb GeoLite2, GeoIP2, DB-IP або IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Недостатньо пам’яті для власної копії файлу бази даних «%1» (%2); закрийте інші програми й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Файл бази даних «%1» увесь час змінювався під час читання; спробуйте ще раз, коли його запис завершиться.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Файл списку блокування %1 не існує; перевірте шлях.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 — це тека, а не файл списку блокування; виберіть файл списку в цій теці.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 — не звичайний файл (а канал, сокет або пристрій); виберіть файл списку.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Не вдається прочитати файл списку блокування %1 (%2); перевірте права доступу до нього.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 містить двійкові дані (нульовий байт, зміщення в байтах: %2), тому це не текстовий список блокування; виберіть текстовий список IP/CIDR.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>Помилка читання файлу списку блокування %1 (прочитано байтів: %2); перевірте диск.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 не містить адрес (файл порожній або містить лише коментарі); виберіть список, у якому є принаймні одна IP-адреса або префікс.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>Жоден із %1 рядка в %2 (не враховуючи коментарів) не є IP-адресою чи префіксом, тому це не список блокування; виберіть текстовий список IP/CIDR.</numerusform>
            <numerusform>Жоден із %1 рядків у %2 (не враховуючи коментарів) не є IP-адресою чи префіксом, тому це не список блокування; виберіть текстовий список IP/CIDR.</numerusform>
            <numerusform>Жоден із %1 рядків у %2 (не враховуючи коментарів) не є IP-адресою чи префіксом, тому це не список блокування; виберіть текстовий список IP/CIDR.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 містить більше ніж одне слово</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 не є ні адресою, ні префіксом IPv4 чи IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>довжина префікса в %1 має бути числом від 0 до %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Рядок %1 перевищує допустиму довжину (максимум символів: %2), тому його пропущено (решта списку все одно завантажується).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Рядок %1: %2, тому рядок пропущено (решта списку все одно завантажується).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Рядок %1: у %2 встановлено біти за межами довжини префікса; елемент завантажено як %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Файл відомих програм %1 — не звичайний файл. Нові програми запам’ятовуються лише до виходу з Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Не вдається прочитати файл відомих програм %1 (%2). Нові програми запам’ятовуються лише до виходу з Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Файл відомих програм %1 пошкоджений (це не список програм); перемістіть його в інше місце, щоб почати новий. Нові програми запам’ятовуються лише до виходу з Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Не вдалося прочитати файл відомих програм %1 до кінця. Нові програми запам’ятовуються лише до виходу з Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Не вдається записати файл відомих програм %1 (не вдалося записати %2); нові програми запам’ятовуються лише до виходу з Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Не вдається замінити файл відомих програм %1 (%2); нові програми запам’ятовуються лише до виходу з Flowscope.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Дію заборонено</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Немає такого файлу або каталогу</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Помилка введення-виведення</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Немає такого пристрою чи адреси</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Ресурс тимчасово недоступний</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Не вдалося виділити пам’ять</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Відмовлено в доступі</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Пристрій або ресурс зайнятий</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Файл уже існує</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Немає такого пристрою</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Це не каталог</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Це каталог</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Неприпустимий аргумент</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>У системі забагато відкритих файлів</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Забагато відкритих файлів</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Файл надто великий</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>На пристрої не залишилося вільного місця</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Файлова система доступна лише для читання</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Канал обірвано</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Задовге ім’я файлу</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Забагато рівнів символічних посилань</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Задовге повідомлення</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Сімейство адрес не підтримується протоколом</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Адреса вже використовується</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Не вдалося призначити запитану адресу</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Мережа не працює</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Мережа недоступна</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>З’єднання розірвано програмним забезпеченням</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>З’єднання розірвано іншою стороною</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Недостатньо місця в буфері</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Кінцеву точку передавання не з’єднано</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Час очікування з’єднання минув</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>У з’єднанні відмовлено</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Немає маршруту до хоста</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Перевищено дискову квоту</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; натомість Flowscope використовує вбудовану базу країн.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; натомість Flowscope використовує вбудовану базу AS.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; вбудовану базу країн також неможливо використати (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; вбудовану базу AS також неможливо використати (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>База країн «%1» змінилася на диску; після перевірки Flowscope знову використовує її.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>База AS «%1» змінилася на диску; після перевірки Flowscope знову використовує її.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>База країн змінилася під час використання: %1; Flowscope використовує вбудовану базу країн, доки файл знову не стане придатним до використання.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>База AS змінилася під час використання: %1; Flowscope використовує вбудовану базу AS, доки файл знову не стане придатним до використання.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Не вдалося надіслати повідомлення IPFIX на %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Не вдалося надіслати повідомлення IPFIX колектору (%1); чи очікує він з’єднань на %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>надіслано частково</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>колектор не встигає приймати повідомлення (черга розміром %1 KiB заповнена)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>спробовано адрес: %1, помилки: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>збій підключення до колектора (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>колектор закрив з’єднання</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>колектор не прийняв останні повідомлення вчасно</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>до відкриття адаптера %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Допоміжна програма захоплення %1 не відкрила адаптер %2 протягом 30 секунд; знову запустіть захоплення.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>під час захоплення з адаптера %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>код завершення %1</translation>
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
        <translation>Flowscope не вдалося запустити допоміжну програму захоплення (pipe: %1); спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope не вдалося запустити допоміжну програму захоплення %1 (%2); перевстановіть Flowscope або задайте FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>її статус невідомий</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Допоміжна програма захоплення %1 неочікувано завершила роботу %2 (%3); знову запустіть захоплення, а якщо вона й далі завершуватиметься, перевірте системний журнал.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Допоміжна програма захоплення %1 надіслала дані, які Flowscope не може прочитати (%2); переконайтеся, що вона належить до цієї версії Flowscope, і знову запустіть захоплення.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Допоміжній програмі захоплення не вдалося відмовитися від своїх прав (%1); захоплення працює, але програма й далі виконується з підвищеними правами.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Збій читання таблиці сокетів через netlink (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Не вдається прочитати %1 (%2); таблиця сокетів недоступна.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Ці події завантажує допоміжна програма захоплення.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Події сокетів eBPF не використовуються: %1; натомість власники сокетів визначаються за знімками таблиці сокетів.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>ця збірка Flowscope не підтримує eBPF (під час збирання бракувало libbpf, clang або bpftool)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>для їх завантаження потрібні права root або CAP_BPF і CAP_PERFMON (і ядро не в режимі lockdown)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>ядро відхилило трекер (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>для підключення до точок трасування потрібні права root або CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>у ядрі немає потрібної їм точки трасування (sock_send_length і sock_recv_length з’явилися в Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>не вдалося відкрити трекер (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>у ядрі немає інформації про типи BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Власники сокетів визначаються за подіями сокетів eBPF (точками трасування ядра); знімки таблиці сокетів слугують резервним способом.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Власники сокетів визначаються за знімками таблиці сокетів, як вибрано в налаштуваннях.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Власники сокетів визначаються за знімками таблиці сокетів: події сокетів eBPF є лише в Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Вкажіть адресу або ім’я хоста колектора, наприклад 192.0.2.10 або collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>«%1» — не IP-адреса й не ім’я хоста; вкажіть, наприклад, 192.0.2.10 або collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>Порт «%1» поза допустимим діапазоном: вкажіть число від 1 до 65535 (колектори IPFIX зазвичай слухають порт 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Ім’я хоста «%1» не вдається перетворити на адресу; перевірте його написання або вкажіть IP-адресу колектора.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Не вдається записати звіт до %1: %2. Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Застосунки</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Хости</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Служби</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Країни</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Мережі (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Невідомий застосунок</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Невідомий хост</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Невідома служба</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Невідома країна</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Невідома мережа</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Історії поки немає: захоплення в реальному часі записуються до %1 (Налаштування → Історія), і їхній трафік показується тут.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>База історії %1 пошкоджена або не є базою історії: перемістіть її в інше місце або видаліть, і наступне захоплення в реальному часі розпочне нову.</translation>
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
        <translation>застосунок %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>ця збірка Flowscope не підтримує eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>події сокетів eBPF є лише в Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>у ядрі немає інформації про типи BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>допоміжній програмі захоплення для eBPF потрібні права CAP_BPF і CAP_PERFMON.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>для eBPF потрібні права root або CAP_BPF і CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>у ядрі немає потрібних точок трасування (Linux 6.3 або новіше).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Програми визначаються за подіями сокетів eBPF, які завантажує допоміжна програма захоплення; знімки слугують резервним способом.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Програми визначаються за подіями сокетів eBPF; знімки слугують резервним способом.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Програми визначаються за знімками таблиці сокетів, як вибрано в налаштуваннях.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Програми визначаються за знімками таблиці сокетів: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>Втрачено %n подію сокета, бо буфер подій був заповнений; більший буфер їх збереже.</numerusform>
            <numerusform>Втрачено %n події сокетів, бо буфер подій був заповнений; більший буфер їх збереже.</numerusform>
            <numerusform>Втрачено %n подій сокетів, бо буфер подій був заповнений; більший буфер їх збереже.</numerusform>
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
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дні</numerusform>
            <numerusform>%Ln днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 року</numerusform>
            <numerusform>%1 року</numerusform>
            <numerusform>%1 року</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>Останнє захоплення в реальному часі (на %1) не було відновлено. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Правило швидкості трафіку «%1» у налаштуваннях не вдається прочитати; його проігноровано. Додайте його знову в налаштуваннях.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Правило ліміту трафіку «%1» у налаштуваннях не вдається прочитати; його проігноровано. Додайте його знову в налаштуваннях.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>Обраний хост «%1» — не IP-адреса; його проігноровано.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Обрану службу «%1» записано не у вигляді tcp/443; її проігноровано.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … і ще рядків із помилками: %2.</translation>
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
        <translation>Зняти зірочку з %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Позначити %1 зірочкою</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Поставити або зняти зірочку</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Лише із зірочкою</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Показувати лише елементи із зірочкою (клацніть елемент правою кнопкою або натисніть Ctrl+D, щоб позначити його)</translation>
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
        <translation>Призупинено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Зупинено</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Отримано %1 · Надіслано %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Найбільше трафіку: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Триває захоплення</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 непрочитане сповіщення</numerusform>
            <numerusform>%1 непрочитані сповіщення</numerusform>
            <numerusform>%1 непрочитаних сповіщень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистити: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>увімкнений</translation>
    </message>
    <message>
        <source>down</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <source>running</source>
        <translation>працює</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>петльовий</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>бездротовий</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Трафік на %1 за останню хвилину</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 не повідомляє лічильники трафіку</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Адаптер</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Нова програма</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Адреса зі списку блокування</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Швидкість трафіку</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Активність обраного</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Ліміт трафіку</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Проблема із захопленням</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (сповіщення вимкнено)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Не доставлено: сповіщення було вимкнено.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>За сьогодні в історії поки немає нічого від цього застосунку.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Сьогодні з опівночі (історія): отримано %1, надіслано %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Швидкість отримання + надсилання за останню хвилину, найновіші дані праворуч</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Швидкість отримання</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Швидкість надсилання</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Усього отримано</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Усього надіслано</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>З’єднання</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>застосунок %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Застосунки</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Двічі клацніть або натисніть Enter, щоб проаналізувати з’єднання застосунку</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Застосунки відомі лише для захоплення в реальному часі: почніть захоплення на адаптері, щоб побачити, які програми використовують мережу.</translation>
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
        <translation>Двічі клацніть, щоб повернутися до головного вікна; перетягніть, щоб перемістити.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Застосунків поки немає (лише під час захоплення в реальному часі)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Компактне вікно</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Захоплення не триває</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Призупинено на %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Захоплення на %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Читання %1 призупинено</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Читання %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Показати головне вікно</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 байт)</numerusform>
            <numerusform>%1 (%2 байти)</numerusform>
            <numerusform>%1 (%2 байтів)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копіювати все</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Копіювати всі поля, по одному в рядку</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локальна</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Віддалена</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Порт служби</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Отримано байтів</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Надіслано байтів</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Отримано пакетів</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Надіслано пакетів</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Швидкість отримання</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Швидкість надсилання</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Уперше помічено</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Востаннє помічено</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Прапорці TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID потоку</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командний рядок</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Ім’я хоста</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Джерело імені</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Тип адреси</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копіювати: %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Виберіть з’єднання, щоб побачити подробиці.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Більше немає в таблиці</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Лише активні</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Лише із зірочкою</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Пошук з’єднань</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Будь-який протокол</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Будь-який напрямок</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Переважно вихідні</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Переважно вхідні</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Адреса або CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Адреса (10.1.2.3, 2001:db8::1) або мережа (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Будь-який застосунок</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Країна, AS або домен</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Код країни (US), номер AS (AS15169) або домен (google.com відповідає www.google.com); якщо вказати кілька через пробіл, застосовуються всі</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Лише з’єднання з трафіком за останній інтервал</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Лише з’єднання, у яких хост, службу або застосунок позначено зірочкою</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Застосунок %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Це не адреса й не мережа; діє попередній фільтр</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>приховано (користувач %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Сокет користувача %1: запустіть Flowscope з більшими правами, щоб побачити його програму.</translation>
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
шлях %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
користувач %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
порт %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Файл захоплення не має поточної швидкості; графік на сторінці «Огляд» показує його трафік у часі.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Байтів за секунду за останній такт</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Лише під час захоплення в реальному часі: файл захоплення не має поточної швидкості</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локальна</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Віддалена</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Отримано байтів</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Надіслано байтів</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Отримано пакетів</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Надіслано пакетів</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Швидкість отримання</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Швидкість надсилання</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Уперше помічено</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Востаннє помічено</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Програма, якій належить це з’єднання, невідома.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Ім’я хоста</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (джерело: %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Прапор: %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Значок програми %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Повідомляти, коли програма вперше використовує мережу</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Відтворювати звук із кожним сповіщенням</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Увімкнути сповіщення</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Адреса вебхука</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (необов’язково)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Кожне сповіщення також надсилається на цю адресу у вигляді JSON POST-запиту (тіло описано в docs/notifications.md).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Нові програми:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Звук:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Вебхук:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Вимкнено:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Це не адреса http:// або https://; сповіщення на неї не надсилатимуться.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Усі сповіщення до %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Ці правила: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Нічого не вимкнено.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Вимкнути сповіщення цього правила</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Немає сеансової шини D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Сповіщення робочого столу через D-Bus тут недоступні.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 через %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Файли захоплення, відкриті для перегляду, не надсилаються колектору, якщо в «Налаштування → Експорт» не ввімкнено параметр «Також надсилати файли захоплення, відкриті для перегляду».</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Ця збірка Flowscope не вміє надсилати потоки колектору.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 запис</numerusform>
            <numerusform>%1 записи</numerusform>
            <numerusform>%1 записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 повідомлення</numerusform>
            <numerusform>%1 повідомлення</numerusform>
            <numerusform>%1 повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>Надіслано: %1 (%2), відкинуто: %3.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Нічого не надсилається.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Потоки цього захоплення не надсилаються: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Надсилання на %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>Останнє захоплення завершено. Надіслано на %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Колектор недоступний: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: не надсилається</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: колектор недоступний</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: надіслано %1, відкинуто %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: надіслано %1</translation>
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
        <translation>Надсилати потоки колектору (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Кожне з’єднання разом із програмою, що за ним стоїть, надсилається у вигляді записів IPFIX на ваш колектор (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Також надсилати файли захоплення, відкриті для перегляду</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Зміни набувають чинності з наступного захоплення; поточне захоплення продовжує надсилання з попередніми параметрами.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Колектор</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Адреса або ім’я хоста, наприклад 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (звичайний варіант; дані втрачаються, коли колектор недоступний)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (перепідключається; накопичує чергу, поки колектор недоступний)</translation>
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
        <translation>Тайм-аут активності:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Про потік, що триває, повідомляється з такою періодичністю.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Тайм-аут бездіяльності:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Про потік без трафіку протягом цього часу повідомляється як про завершений.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID домену спостереження:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Номер підприємства:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Private Enterprise Number, під яким надсилаються власні елементи Flowscope (ID процесу, шлях програми, ім’я хоста).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Типове значення, 32473, — це номер для документації з RFC 5612: замініть його своїм.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Ця збірка Flowscope не вміє надсилати потоки колектору.</translation>
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
        <translation>тис. пак/с</translation>
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
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 д %2 год</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публічна</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>цей комп’ютер</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>петльова</translation>
    </message>
    <message>
        <source>private</source>
        <translation>приватна</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>локальна для каналу</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>багатоадресна</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>широкомовна</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>зарезервована (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>ім’я сервера TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>заголовок HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>відповідь DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>відповідь DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>зворотний пошук DNS</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Хости застосунку</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: по днях за %2 днів і основні хости за показаний період</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Згрупуйте за застосунками й виберіть один у таблиці, щоб побачити його використання по днях і основні хости.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Історія трафіку</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
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
        <translation>↓ отримано · ↑ надіслано</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: отримано %2, надіслано %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Усього: отримано %1, надіслано %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Клацніть, щоб показати з’єднання цього інтервалу</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Немає трафіку за цей період.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>За цей період: отримано %1, надіслано %2. Найбільше трафіку: %3 (%4). Найзавантаженіший час: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Віддалена</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Уперше помічено</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Востаннє помічено</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Трафік по днях</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
отримано %2, надіслано %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Немає трафіку за цей період.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>За %1 дн.: отримано %2, надіслано %3. Найзавантаженіший день: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Експортувати звіт…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Записати таблицю сторінки «Історія» у CSV або JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Підсумки трафіку</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Клацніть графік, щоб показати з’єднання за цей час.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>З’єднання за вибраний період</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>З’єднання</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Остання година</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Довільний</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Перечитати історію (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Групувати за:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>З’єднання, відкриті в період %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Експорт звіту</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>База історії %1 пошкоджена, тому це захоплення не записується (перегляд у реальному часі триває); якщо перемістити її в інше місце, вона збережеться як є, а запис почнеться в нову.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>Базу історії %1 неможливо використати.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Це захоплення не записується; перегляд у реальному часі триває.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope не може визначити, де зберігати історію (немає домашньої теки); виберіть файл бази даних у «Вигляд → Налаштування → Історія».</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Пошкоджену базу історії збережено як %1; запис триває в нову базу.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Пошкоджену базу історії збережено як %1; наступне захоплення в реальному часі розпочне нову.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Призупинити запис</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Не записувати трафік цього захоплення до історії, доки запис не буде відновлено</translation>
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
        <translation>Файл бази даних невідомий: виберіть його вище.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Поки нічого не записано: файл створюється під час першого записаного захоплення в реальному часі.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, трафік поки не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, трафік з %2 до %3, %4 з’єднання.</numerusform>
            <numerusform>%1, трафік з %2 до %3, %4 з’єднання.</numerusform>
            <numerusform>%1, трафік з %2 до %3, %4 з’єднань.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Записувати захоплення в реальному часі до історії</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Файли захоплення, відкриті для перегляду, ніколи не записуються. «Призупинити запис» у системному лотку та в меню «Захоплення» дає змогу не записувати особисті моменти.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Термін зберігання застосовується до поточного захоплення одразу; увімкнення чи вимкнення запису та інший файл бази даних набувають чинності з наступного захоплення в реальному часі.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Зберігати</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>безстроково</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> з’єднань</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без обмеження</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Похвилинні дані:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Погодинні дані:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Подобові дані:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>З’єднань, не більше:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Граничний розмір:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Старі похвилинні дані підсумовуються в погодинні, а погодинні — у подобові, тому підсумки лишаються точними. Після перевищення граничного розміру першими видаляються найстаріші рядки: з’єднання, потім похвилинні, погодинні й подобові дані.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Файл бази історії</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Типове</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Знову використовувати типове розташування</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>Історія — це один файл SQLite на цьому комп’ютері; дані нікуди не передаються. flowscope-cli report читає той самий файл. Порожнє поле: типове розташування, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>тут невідомо (немає домашньої теки)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Зараз містить:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Вибір бази історії</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Бази історії (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читання…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>користувач %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>отримано %1, надіслано %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Пакети</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: пошук; Ctrl+D: позначити хост, службу або застосунок зірочкою; Ctrl+Shift+C: вибір стовпців</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Подробиці з’єднання</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Пошук з’єднань</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Вибрати стовпці</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>З’єднання</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope перейде на нову мову під час наступного запуску.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Триває захоплення</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Призупинено</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Зупинено</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Виберіть інший файл у «Вигляд → Налаштування…» або очистіть поле, щоб використовувати вбудований.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Відкрити файл захоплення…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Призупинити</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Призупинити або відновити захоплення (Пробіл, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Зупинити захоплення (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Про Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Захоплення</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Аналіз</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Застосунки</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Сповіщення</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
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
        <translation>&amp;Системна</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;вітла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Захоплення</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Відкрити файл захоплення</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Файли захоплення (*.pcap *.pcapng *.cap *.dmp);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Мережевий монітор: з ким спілкується цей комп’ютер — у реальному часі або з файлу захоплення.&lt;/p&gt;&lt;p&gt;Зібрано з Qt %2 (працює на Qt %3).&lt;br&gt;Захоплення за допомогою %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Дані AS: &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; і &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Значки прапорів із &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Бази даних читаються за допомогою libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Про Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 пакет</numerusform>
            <numerusform>%1 пакети</numerusform>
            <numerusform>%1 пакетів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>втрачено: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Застосунки</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Програми визначаються під час захоплення в реальному часі.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Трафік у часі</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>останні %1 с</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Позначити всі як прочитані</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Двічі клацніть або натисніть Enter, щоб проаналізувати з’єднання попередження</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Сповіщень поки немає. Під час захоплення в реальному часі тут з’являються попередження: про програму, що вперше використовує мережу, і за правилами, заданими в налаштуваннях.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>Не прочитано: %1 з %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Понад</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Протягом</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Правила швидкості</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Додати правило швидкості</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Швидкість трафіку понад межу</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Ліміт</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Ліміти обсягу трафіку</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Додати ліміт трафіку</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Обсяг трафіку понад ліміт</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Увесь трафік</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Порожньо: увесь трафік; інакше шлях або назва програми</translation>
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
        <translation>місяць</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Файли списків блокування</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Елементів</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Вибір списків блокування</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Списки IP (*.netset *.ipset *.txt *.list);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Текстові списки IP/CIDR (по одному елементу в рядку, коментарі після #, у форматі FireHOL), IPv4 та IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Списки блокування</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>не завантажено</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Елементи із зірочкою</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Знову сповіщати після бездіяльності протягом</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Позначайте зірочкою хости, служби й застосунки на сторінках «Огляд», «Аналіз» і «Застосунки».</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Обране</translation>
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
        <translation>Застосунок %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Отримано байтів</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Отриманий IP-трафік</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Надіслано байтів</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Надісланий IP-трафік</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Пакети</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Усі захоплені кадри</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Пакетів/с</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Пакетів за останню секунду</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>З’єднання, помічені до цього моменту</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Втрачено</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Кадри, втрачені ядром, адаптером або в черзі Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Охоплений час захоплення</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Трафік&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Одиниця:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>байт/с</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>біт/с</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>пакетів/с</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Основні застосунки</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Клацніть застосунок, щоб проаналізувати його з’єднання</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Основні хости</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Основні служби</translation>
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
        <translation>застосунок %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Клацніть елемент, щоб проаналізувати його з’єднання</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>З’єднання, помічені до цього моменту (зараз у таблиці: %1)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Програми, що стоять за з’єднаннями</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Спосіб визначення програм</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Автоматично (eBPF, де дозволено, інакше знімки)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Події сокетів eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Лише знімки</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Буфер подій</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Набуває чинності з наступного захоплення в реальному часі.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Спосіб визначення програм:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Буфер подій:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Перемістити її в інше місце й почати нову</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>База країн:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>База AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Порожньо: вбудовані бази DB-IP Lite. Підтримуються файли MMDB GeoLite2, GeoIP2, DB-IP та IPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Визначати імена хостів за адресами (зворотний DNS, захоплення в реальному часі)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Файл бази країн</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Файл бази AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Вбудована (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Вибір бази даних</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Файли MaxMind DB (*.mmdb);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>І далі використовується вбудована база.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Зберігати захоплення у файл pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Почати захоплення</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Відкрити файл захоплення…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Стежте за своєю мережею&lt;/h2&gt;Виберіть адаптер для захоплення в реальному часі або відкрийте файл захоплення.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Перевірка, чи може Flowscope виконувати захоплення на цьому комп’ютері…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Фільтр захоплення:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Вираз BPF, наприклад tcp port 443 або host 10.0.0.1 (порожньо: усе)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Мережеві адаптери</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Файл для збереження захоплення</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Файли захоплення</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Нещодавні файли:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Нещодавні файли захоплення</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Без фільтра: захоплюються всі пакети.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>коректний</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Спершу виправте фільтр захоплення</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Зберегти захоплення як</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Файли pcap (*.pcap);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Відкрити файл захоплення</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Захоплення (*.pcap *.pcapng *.cap);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Файли захоплення, як і раніше, можна відкривати.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Тут перелічено відкриті вами файли</translation>
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
        <translation>Запускати Flowscope під час входу в систему</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Відновлювати останнє захоплення в реальному часі під час запуску Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Під час входу в систему Flowscope запускається в системному лотку, без вікна.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Якщо Flowscope запускається без файлу захоплення чи адаптера, він знову починає захоплення на тому самому адаптері й з тим самим фільтром, що й останнє захоплення в реальному часі.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>Висока &amp;контрастність</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Відкрити т&amp;еку тем…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (недійсний)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Файл теми %1 не використано: %2 Виправте його, а тоді виберіть знову в меню Вигляд → Тема.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>файл більший за 64 КБ; тема — це список кількох кольорів (див. docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>у файлі немає рядка «name = …»; додайте його з назвою для показу.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>рядок %1: очікувалося «ключ = значення».</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>рядок %1: «%2» вказано двічі; залиште одне.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>рядок %1: назва має містити від 1 до 80 символів тексту UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>рядок %1: based-on має бути «light» або «dark».</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>рядок %1: невідомий ключ «%2»; docs/themes.md перелічує ключі, які може задавати тема.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>рядок %1: «%2» — не колір; запишіть його як #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Файл теми %1 важко читати: %2 на %3 має контраст лише %4:1, менше за 4,5:1, потрібні тексту. Виберіть у файлі кольори, що більше різняться.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
отримано %2, надіслано %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байти</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Трафік у часі</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Немає трафіку</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Файли: перетягніть вказівник, щоб наблизити проміжок часу; клацніть правою кнопкою, щоб віддалити (клавіатура: +, - і 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>немає трафіку протягом %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Трафіку поки немає.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Останнє значення: вхідний %1, вихідний %2. Максимум: вхідний %3 о %4, вихідний %5 о %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Показати вікно</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Призупинити</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Змінити адаптер</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Відкрити «Огляд»</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Відкрити «Застосунки»</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Відкрити «Сповіщення»</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Вимкнути сповіщення</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>На 1 годину</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Увімкнути сповіщення</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Компактне вікно</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>У цьому робочому середовищі немає системного лотка (GNOME потребує розширення AppIndicator), тому закриття вікна завершує роботу Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>У цьому робочому середовищі немає системного лотка (GNOME потребує розширення AppIndicator), тому вікно показується, а не запускається згорнутим.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Сховати вікно</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Немає адаптерів</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Неможливо виконати захоплення на %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope продовжує моніторинг</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Значок у системному лотку знову відкриває вікно; пункт «Вийти» є в його меню.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Системний лоток</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Питати</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Продовжувати моніторинг у системному лотку</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Під час закриття вікна:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>це не адреса http:// або https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>код стану HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>немає відповіді протягом %1 с</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Не вдалося надіслати сповіщення на вебхук %1 (%2); попередження, як і раніше, показуються на сторінці «Сповіщення». Перевірте адресу в налаштуваннях.</translation>
    </message>
</context>
</TS>
