<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 及其他 %2 個</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list (&quot;firefox, curl&quot;): the language&apos;s list separator.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two names of a list: &quot;firefox, curl and wget&quot; (%1 the others, %2 the last).</extracomment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>所有流量</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>%1 的流量</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>最愛主機 %1 有活動</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>最愛服務 %1 有活動</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>最愛程式 %1 有活動</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 個程式首次使用網路</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>連線到 %1 個封鎖清單中的位址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 項流量速率持續超過限制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 個最愛項目開始活動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>超過了 %1 個流量上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 個擷取問題</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>首次連線：%1。</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>連線到封鎖清單中的 %1。</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>流量持續超過限制：%1。</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>%1 開始產生流量。</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>流量超過上限：%1。</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>擷取發生問題：%1。</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 首次使用網路</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 在封鎖清單 %2 中</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1：持續 %3 秒超過 %2</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1：超過每日上限 %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1：超過每月上限 %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>介面卡已消失</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>擷取因錯誤而停止</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>擷取的訊框丟棄率達 %1</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 建立了第一個連線。</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 建立了第一個連線（使用者 %2）。</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>連線到 %1，此位址屬於 %2 中列出的 %3（第 %4 行）。</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 連線到 %1，此位址屬於 %2 中列出的 %3（第 %4 行）。</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>與 %1 之間經由 %2 的流量已開始。</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>%3 與 %1 之間經由 %2 的流量已開始。</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 持續 %3 秒超過 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 今天已達 %2，超過了 %3 的上限。</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 本月已達 %2，超過了 %3 的上限。</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>最近 %3 秒內，%2 個訊框中有 %1 個遺失；電腦或 Flowscope 處理不及。請使用篩選器縮小擷取範圍，或關閉其他佔用大量資源的程式。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope 無法建立資料夾 %1，因此不會在登入時啟動；請確認您有權限寫入該位置，然後再試一次。</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope 無法寫入 %1（%2），因此不會在登入時啟動；請確認您有權限寫入 %3，然後再試一次。</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope 無法刪除 %1（%2），因此仍會在登入時啟動；請確認您有權限寫入 %3，然後再試一次。</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope 無法寫入登錄值 %1，因此不會在登入時啟動；請確認您的帳戶有權限變更此值，然後再試一次。</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope 無法刪除登錄值 %1，因此仍會在登入時啟動；請確認您的帳戶有權限變更此值，然後再試一次。</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>權限遭拒：Flowscope 無權讀取 %1。請為您的使用者授予此檔案的讀取權限，或將它複製到您自己的資料夾中，然後重新開啟。</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>沒有名為「%1」的網路介面卡。請從「開始」頁面列出的介面卡中選擇一個。</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>擷取期間，網路介面卡 %1 已停用或消失。請重新連接後再次開始，或在「開始」頁面選擇其他介面卡；已擷取的內容仍會顯示。</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>未選擇網路介面卡；請在「開始」頁面選擇一個。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>無法開啟 %1。</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>關閉 Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>要在系統匣中繼續監控嗎？</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>關閉視窗後，Flowscope 可以繼續擷取並通知您；按一下其系統匣圖示即可重新開啟視窗。您也可以結束程式並停止監控。</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>保留在系統匣</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>不再詢問（可在「設定」中變更）</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope 無法列出網路介面卡（libpcap：%1）；請確認系統的網路堆疊運作正常，然後再試一次。</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap 無法準備篩選器編譯器（可能是記憶體不足）；請再試一次或重新啟動 Flowscope。</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>擷取篩選器「%1」無效：%2；請修正此篩選器（%3）。</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>請參閱 `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁碟配額已用完</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>檔案已達到允許的大小上限</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁碟回報了錯誤</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope 無權寫入 %1（%2）；請選擇您有寫入權限的資料夾。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 是資料夾；請指定要寫入的 pcap 檔案名稱，例如 %2。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>%1 所在的資料夾不存在；請建立此資料夾或選擇其他位置。</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope 無法建立 %1（%2）；請選擇其他位置。</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>由於%3（%4），寫入 %1 在 %2 個訊框後停止；檔案中保留了這些訊框且仍可讀取，擷取會繼續進行但不再儲存：請釋放一些空間或選擇其他位置。</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>由於%3（%4），寫入 %1 在 %2 個訊框後停止；最後一個訊框可能不完整，擷取會繼續進行但不再儲存：請釋放一些空間或選擇其他位置。</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>由於%2（%3），Flowscope 無法寫入 %1；請釋放一些空間或選擇其他位置。</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>關閉檔案時寫入 %1 失敗（%2）；磁碟上可能未完整儲存所有內容，請檢查此檔案或選擇其他位置。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 在%2 的中間結束（位元組偏移 %3）：檔案被截斷，之前的 %4 個完整封包已讀取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>讀取 %1 時在位元組偏移 %2 處失敗（%3）；請檢查磁碟，或將檔案複製到本機磁碟機。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 是空檔案（0 位元組），不含任何封包；請選擇由 Wireshark、tcpdump 或 Flowscope 儲存的擷取檔。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 只有 %2 位元組，太短，不可能是 pcap 或 pcapng 擷取檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 不是 pcap 或 pcapng 擷取檔（未知的魔術數字 %2）。</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 不存在；請檢查檔案名稱和資料夾。</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope 無權讀取 %1；請為您的使用者授予此檔案的讀取權限，或將它複製到其他位置。</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>無法開啟 %1（%2）；請確認此檔案可以存取。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 是資料夾，而不是擷取檔；請選擇其中的 .pcap 或 .pcapng 檔案。</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>因此無法從中讀取任何封包（pcapfix 或許可以修復此檔案）。</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>因此在讀取其前面的 %1 個封包後停止讀取（pcapfix 或許可以修復此檔案）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>未選擇網路介面卡；請從 `flowscope-cli interfaces` 列出的介面卡中選擇一個。</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>請以系統管理員權限執行 Flowscope，或一次性授予它所需的權限（capability）：%1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 不完整：它只有 %2 位元組，不足 24 位元組的 pcap 檔案標頭，可能未完整寫入或複製。</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 使用的 pcap 格式版本為 %2.%3，Flowscope 無法讀取；請使用 Wireshark 的「另存新檔」將它轉換為 pcapng。</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>封包 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 已損毀：位元組偏移 %3 處的記錄 %2 的標頭聲稱擷取了 %4 位元組，超過 %5 的上限，%6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>沒有名為「%1」的網路介面卡；請執行 `flowscope-cli interfaces` 列出可以擷取的介面卡。</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope 沒有在 %1 上擷取的權限。%2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>網路介面卡 %1 已停用；請啟用它（或接上它），然後重新開始擷取。</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>網路介面卡 %1 不支援監聽模式；請選擇其他介面卡。</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope 無法在 %1 上開始擷取（%2：%3）；請檢查此介面卡，然後再試一次。</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>無法在 %2 上套用擷取篩選器「%1」（%3：%4）；請嘗試較簡單的篩選器。</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope 無法在 %1 上準備擷取（%2：%3）；請再試一次。</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>擷取期間，網路介面卡 %1 已停用或消失（%2：%3）；請重新連接它，或使用 `flowscope-cli interfaces` 選擇其他介面卡。</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>在 %1 上擷取失敗（%2：%3）；請重新開始擷取。</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>位元組偏移 %2 處的區塊 %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 不完整：它在 pcapng 區段標頭內就結束了，可能未完整寫入或複製。</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 已損毀：區段標頭區塊（%2）只有 %3 位元組長（至少需要 28 位元組），%4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 使用的 pcapng 版本為 %2.%3，Flowscope 無法讀取；請使用 Wireshark 重新儲存此檔案。</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 已損毀：區段標頭區塊（%2）的一個選項聲稱有 %3 位元組，超出此區塊的容量，因此無法從中讀取任何封包（pcapfix 或許可以修復此檔案）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 已損毀：介面描述區塊（%2）太短。</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 已損毀：介面描述區塊（%2）的一個選項聲稱有 %3 位元組，超出此區塊的容量，%4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>區塊 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 已損毀：區段標頭區塊（%2）的位元組順序魔術數字無效。</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>的長度為 %1 位元組，小於 12 位元組的最小值</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>的長度為 %1 位元組，不是 4 的倍數</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>聲稱的長度為 %1 位元組，超過任何實際存在的區塊</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>結尾的長度欄位為 %1，與開頭的長度欄位（%2）不一致</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>是封包區塊，但太短，容納不下其欄位</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>聲稱擷取了 %1 位元組，超出此區塊的容量</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>參照了介面 %1，但其所在區段在它之前只描述了 %2 個介面</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>是簡單封包區塊，但太短，容納不下其欄位</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>是封包，但其所在區段在它之前沒有描述任何介面</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 已損毀：%2 %3，%4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap 安裝時設為僅限系統管理員使用：請以系統管理員身分執行 Flowscope，或重新安裝 Npcap 並取消勾選「Restrict Npcap driver&apos;s access to Administrators only」。</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>請參閱 %1 上的 pcap-filter 語法說明</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>「%1」尚無歷史資料庫；即時擷取會建立它（桌面應用程式會記錄即時擷取，也可以執行 flowscope-cli record）。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>無法讀取歷史資料庫「%1」（對此檔案沒有權限，或在記錄期間對其所在資料夾沒有權限）；請以其擁有者身分讀取，或複製一份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>「%1」是其他程式的資料庫，而不是 Flowscope 歷史記錄；請選擇其他檔案。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>歷史資料庫「%1」是由較新版的 Flowscope 寫入（結構描述版本 %2，此版本最高只支援 %3）；請更新 Flowscope 或選擇其他檔案。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>歷史資料庫「%1」已損毀（結構描述版本為 %2，沒有任何 Flowscope 會寫入此版本）；請將它移到別處並建立新的資料庫。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>「%1」中尚無歷史記錄；即時擷取會記錄到其中。</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>無法建立歷史資料庫「%1」所在的資料夾（%2）；請選擇其他檔案，或允許寫入該位置。</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>無法將已損毀的歷史資料庫「%1」移到別處（%2）；請自行移動或刪除它。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>歷史資料庫「%1」已被其他程式鎖定；請關閉該程式（或選擇其他檔案），然後再試一次。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>無法寫入歷史資料庫「%1」（唯讀或沒有權限）；請允許寫入此檔案及其所在資料夾，或選擇其他檔案。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>歷史資料庫「%1」已損毀；請將它移到別處並建立新的資料庫（其中已記錄的內容無法讀取）。</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>歷史資料庫「%1」所在的磁碟已滿；請釋放一些空間或降低歷史記錄大小上限，然後重新開始記錄。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>無法開啟歷史資料庫「%1」；請確認其所在資料夾存在且可寫入，或選擇其他檔案。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>無法開啟歷史資料庫「%1」（%2）；請確認其所在資料夾存在且可寫入，或選擇其他檔案。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>無法讀寫歷史資料庫「%1」（輸入/輸出錯誤）；請檢查其所在的磁碟。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>無法讀寫歷史資料庫「%1」（輸入/輸出錯誤：%2）；請檢查其所在的磁碟。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>歷史資料庫「%1」發生非預期的錯誤。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>歷史資料庫「%1」發生非預期的錯誤（%2）。</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>擷取篩選器無法套用於連結類型 %1；該類型的訊框已被排除。</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>由於磁碟速度太慢，有 %1 個訊框未能寫入 %2。</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope 不解碼連結類型 %1：其封包會計為非 IP 封包，不會形成連線；請在 Wireshark 中開啟此擷取以檢視其內容。</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>反向 DNS 已關閉：%1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>無法辨識處理程序：%1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>由於事件緩衝區已滿，核心丟棄了通訊端事件，因此某些短暫連線可能沒有對應的程式；請加大事件緩衝區（在「設定」中，或使用 --event-buffer）。</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>因不明錯誤而失敗。</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>元件「%1」已停止：%2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>無法解析收集器「%1」（%2）；請輸入位址或已知的主機名稱。</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>無法開啟連到收集器 %1 的 UDP 通訊端（%2）。</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>只包含 AS 編號，不包含國家/地區</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>只包含國家/地區，不包含 AS 編號</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>既不包含國家/地區，也不包含 AS 編號</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>一個國家/地區資料庫（GeoLite2 或 GeoIP2 的 Country 或 City、DB-IP、IPinfo）</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>一個 AS 資料庫（GeoLite2 ASN、GeoIP2 ISP、IPinfo）</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>檔案「%1」（%2）%3；請改選%4。</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>無類型</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>資料庫檔案「%1」不存在；請檢查路徑。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>「%1」是資料夾，而不是資料庫檔案；請選擇 .mmdb 檔案。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>無法讀取資料庫檔案「%1」（權限遭拒）；請檢查其權限。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>無法開啟資料庫檔案「%1」（%2）；請檢查磁碟和路徑。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>資料庫檔案「%1」已損毀：%2；請重新下載此檔案。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>無法讀取資料庫檔案「%1」；請檢查磁碟，然後再試一次。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>「%1」不是 MaxMind DB（.mmdb）檔案，或其中繼資料已損毀；請選擇 GeoLite2、GeoIP2、DB-IP 或 IPinfo 的 .mmdb 檔案。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>無法載入資料庫檔案「%1」（其中記載的大小超出記憶體所能容納的範圍，檔案可能已損毀）；請重新下載此檔案。</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>在「%2」中查詢 %1 失敗（%3）；請重新下載此檔案。</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>無法讀取「%2」中 %1 的記錄（%3）；請重新下載此檔案。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>無法讀取資料庫檔案「%1」（%2）；請檢查磁碟和路徑。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>「%1」是空檔案；請選擇 GeoLite2、GeoIP2、DB-IP 或 IPinfo 的 .mmdb 檔案。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>「%1」不是一般檔案；請選擇 GeoLite2、GeoIP2、DB-IP 或 IPinfo 的 .mmdb 檔案。</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>記憶體不足，無法為資料庫檔案「%1」建立私有副本（%2）；請關閉其他程式，然後再試一次。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>資料庫檔案「%1」在讀取期間持續變動；請等它寫入完成後再試一次。</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>封鎖清單檔案 %1 不存在；請檢查路徑。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 是資料夾，而不是封鎖清單檔案；請選擇其中的清單檔案。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 不是一般檔案（而是管線、通訊端或裝置）；請選擇清單檔案。</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>無法讀取封鎖清單檔案 %1（%2）；請檢查其權限。</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 包含二進位資料（位元組偏移 %2 處有一個零位元組），因此不是文字格式的封鎖清單；請選擇純文字的 IP/CIDR 清單。</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>讀取封鎖清單檔案 %1 時，在讀取 %2 位元組後失敗；請檢查磁碟。</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 中沒有任何位址（檔案是空的，或只有註解）；請選擇至少包含一個 IP 位址或首碼的清單。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%2 中的 %1 個非註解行都不是 IP 位址或首碼，因此它不是封鎖清單；請選擇純文字的 IP/CIDR 清單。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 包含不只一個詞</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 不是 IPv4 或 IPv6 位址或首碼</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>%1 中的首碼長度必須是 0 到 %2 之間的數字</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>第 %1 行超過 %2 個字元，因此略過該行（清單的其餘部分仍會載入）。</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>第 %1 行：%2，因此略過該行（清單的其餘部分仍會載入）。</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>第 %1 行：%2 中超出首碼長度的位元不為零；將以 %3 載入。</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>已知程式清單檔案 %1 不是一般檔案。新程式只會被記住到 Flowscope 結束為止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>無法讀取已知程式清單檔案 %1（%2）。新程式只會被記住到 Flowscope 結束為止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>已知程式清單檔案 %1 已損毀（其內容不是程式清單）；請將它移到別處，以便建立新的清單。新程式只會被記住到 Flowscope 結束為止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>無法完整讀取已知程式清單檔案 %1。新程式只會被記住到 Flowscope 結束為止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>無法寫入已知程式清單檔案 %1（寫入暫存檔 %2 失敗）；新程式只會被記住到 Flowscope 結束為止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>無法取代已知程式清單檔案 %1（%2）；新程式只會被記住到 Flowscope 結束為止。</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>不允許此操作</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>沒有此檔案或目錄</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>輸入/輸出錯誤</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>沒有此裝置或位址</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>資源暫時無法使用</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>無法配置記憶體</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>權限遭拒</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>裝置或資源忙碌中</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>檔案已存在</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>沒有此裝置</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是目錄</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是目錄</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>無效的引數</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>系統中開啟的檔案過多</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>開啟的檔案過多</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>檔案過大</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>裝置上已無剩餘空間</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>唯讀檔案系統</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>管線已中斷</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>檔名過長</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符號連結的層級過多</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>訊息過長</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>通訊協定不支援此位址家族</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>位址已在使用中</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>無法指派所要求的位址</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>網路已停止運作</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>無法連線到網路</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>軟體導致連線中止</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>連線被對方重設</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>沒有可用的緩衝區空間</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>傳輸端點尚未連線</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>連線被拒絕</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>沒有通往主機的路由</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁碟配額</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1；Flowscope 將改用其內建的國家/地區資料庫。</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1；Flowscope 將改用其內建的 AS 資料庫。</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1；內建的國家/地區資料庫也無法使用（%2）。</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1；內建的 AS 資料庫也無法使用（%2）。</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>國家/地區資料庫「%1」在磁碟上已變更；Flowscope 已檢查此檔案，並重新開始使用它。</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>AS 資料庫「%1」在磁碟上已變更；Flowscope 已檢查此檔案，並重新開始使用它。</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>國家/地區資料庫在使用期間發生變更：%1；在此檔案恢復可用之前，Flowscope 將使用其內建的國家/地區資料庫。</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>AS 資料庫在使用期間發生變更：%1；在此檔案恢復可用之前，Flowscope 將使用其內建的 AS 資料庫。</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>無法將 IPFIX 訊息傳送到 %1：%2。</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>無法將 IPFIX 訊息傳送到收集器（%1）；收集器是否在 %2 上監聽？</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>僅傳送了一部分</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>收集器接收訊息的速度不夠快（%1 KiB 的待傳資料緩衝區已滿）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>已嘗試 %1 個位址：%2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>連線到收集器失敗（%1）</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>收集器關閉了連線</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>收集器未能及時接收最後的訊息</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>在開啟 %1 之前</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>擷取輔助程式 %1 未在 30 秒內開啟 %2；請重新開始擷取。</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>在 %1 上擷取時</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>結束狀態 %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>被訊號 %1 終止，%2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>被訊號 %1 終止</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>狀態 %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope 無法啟動其擷取輔助程式（pipe：%1）；請再試一次。</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope 無法啟動其擷取輔助程式 %1（%2）；請重新安裝 Flowscope 或設定 FLOWSCOPE_CAPTURE=direct。</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>狀態不明</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>擷取輔助程式 %1 %2意外停止（%3）；請重新開始擷取，若它一再停止，請查看系統記錄檔。</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>擷取輔助程式 %1 傳送了 Flowscope 無法讀取的資料（%2）；請確認它屬於此版本的 Flowscope，然後重新開始擷取。</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>擷取輔助程式無法放棄其能力（%1）；擷取可正常運作，但它會繼續以特權身分執行。</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>透過 netlink 讀取通訊端表格失敗（%1：%2）。</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>無法讀取 %1（%2）；通訊端表格無法使用。</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>它們由擷取輔助程式載入。</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF 通訊端事件已關閉：%1；改為根據通訊端表格快照辨識通訊端擁有者。</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>此版本的 Flowscope 不支援 eBPF（建置時缺少 libbpf、clang 或 bpftool）</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>載入它們需要 root 權限，或 CAP_BPF 和 CAP_PERFMON 能力（且核心未處於鎖定模式）</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>核心拒絕了追蹤器（%1）</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>附加至追蹤點需要 root 權限或 CAP_PERFMON 能力</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>核心缺少它們所需的追蹤點（sock_send_length 和 sock_recv_length 自 Linux 6.3 起提供）</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>無法開啟追蹤器（%1）</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>核心沒有 BTF 型別資訊（/sys/kernel/btf/vmlinux）</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>根據 eBPF 通訊端事件（核心追蹤點）辨識通訊端擁有者，並以通訊端表格快照作為備援。</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>依您的選擇，根據通訊端表格快照辨識通訊端擁有者。</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>根據通訊端表格快照辨識通訊端擁有者：eBPF 通訊端事件僅適用於 Linux。</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>請輸入收集器的位址或主機名稱，例如 192.0.2.10 或 collector.example.org。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>「%1」既不是 IP 位址，也不是主機名稱；請輸入類似 192.0.2.10 或 collector.example.org 的位址或主機名稱。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>連接埠「%1」超出範圍：請輸入 1 到 65535 之間的數字（IPFIX 收集器通常監聽 4739 連接埠）。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>主機名稱「%1」無法解析為位址；請檢查拼字，或輸入收集器的 IP 位址。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>無法將報告寫入 %1：%2。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>網路（AS）</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>未知應用程式</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>未知主機</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>未知服務</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>未知國家/地區</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>未知網路</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>尚無歷史記錄：即時擷取會記錄到 %1（設定 → 歷史記錄），其流量會顯示在這裡。</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>歷史資料庫 %1 已損毀或不是歷史資料庫：請將它移到別處或刪除，下次即時擷取時會建立新的資料庫。</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>主機 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服務 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>應用程式 %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>此版本的 Flowscope 不支援 eBPF。</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF 通訊端事件僅適用於 Linux。</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>核心沒有 BTF 型別資訊。</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>擷取輔助程式需要 CAP_BPF 和 CAP_PERFMON 能力才能使用 eBPF。</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF 需要 root 權限，或 CAP_BPF 和 CAP_PERFMON 能力。</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>核心缺少所需的追蹤點（需要 Linux 6.3 或更新版本）。</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>根據 eBPF 通訊端事件（由擷取輔助程式載入）辨識程式，並以快照作為備援。</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>根據 eBPF 通訊端事件辨識程式，並以快照作為備援。</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>依您的選擇，根據通訊端表格快照辨識程式。</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>根據通訊端表格快照辨識程式：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>事件緩衝區已滿，遺失了 %n 個通訊端事件；較大的緩衝區可以保留它們。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>未繼續上次在 %1 上的即時擷取。%2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>無法讀取設定中的速率規則「%1」，已忽略此規則。請在「設定」中重新新增。</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>無法讀取設定中的流量上限規則「%1」，已忽略此規則。請在「設定」中重新新增。</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>最愛主機「%1」不是 IP 位址，已忽略。</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>最愛服務「%1」不符合 tcp/443 格式，已忽略。</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1：…另有 %2 行有問題。</translation>
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
        <translation>移除 %1 的星號</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>為 %1 加上星號</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>加上或移除星號</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>僅限已加星號</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>僅顯示已加星號的項目（在項目上按右鍵或按 Ctrl+D 即可加上星號）</translation>
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
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>接收 %1 · 傳送 %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>流量最高：%1（%2）</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>正在擷取</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 則未讀通知</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除 %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>回送</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>無線</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>%1 在過去一分鐘內的流量</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 未提供流量計數器</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>介面卡</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>新程式</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>封鎖清單中的位址</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>流量速率</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>最愛項目有活動</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>流量上限</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>擷取問題</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1（已靜音）</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>未送達：通知已設為靜音。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>今天的歷史記錄中尚無此應用程式的資料。</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>今天午夜以來（歷史記錄）：接收 %1，傳送 %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>過去一分鐘的接收 + 傳送速率，最新資料在右側</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>接收速率</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>傳送速率</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>接收總量</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>傳送總量</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>應用程式 %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>按兩下或按 Enter 鍵以檢查應用程式的連線</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>只有即時擷取才能辨識應用程式：在介面卡上開始擷取，即可查看哪些程式正在使用網路。</translation>
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
        <translation>按兩下可返回主視窗；拖曳可移動視窗。</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>傳入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>傳出</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>尚無應用程式（僅限即時擷取）</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>精簡視窗(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>未在擷取</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>已在 %1 上暫停</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>正在 %1 上擷取</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>已暫停讀取 %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在讀取 %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>顯示主視窗</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1（%2 位元組）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部複製</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>複製所有欄位，每行一個</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>遠端</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>服務連接埠</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>接收位元組</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>傳送位元組</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>接收封包</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>傳送封包</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>接收速率</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>傳送速率</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出現</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP 旗標</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>流 ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>名稱來源</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>位址類型</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製 %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>選取一個連線以查看其詳細資料。</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>已不在表格中</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>僅限活動連線</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>僅限已加星號</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>搜尋連線</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>任何通訊協定</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>任何方向</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>主要為傳出</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>主要為傳入</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>位址或 CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>位址（10.1.2.3、2001:db8::1）或網路（10.0.0.0/8）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>任何應用程式</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>國家/地區、AS 或網域</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>國家/地區代碼（US）、AS 編號（AS15169）或網域（google.com 可符合 www.google.com）；以空格分隔的多個條件須同時符合</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>僅顯示上一個時間間隔內有流量的連線</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>僅顯示主機、服務或應用程式已加上星號的連線</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>應用程式 %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>不是位址或網路；仍沿用先前的篩選條件</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>已隱藏（使用者 %1）</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>使用者 %1 的通訊端：以更高權限執行 Flowscope 才能看到其所屬程式。</translation>
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
路徑 %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
使用者 %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
連接埠 %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>擷取檔沒有目前速率；「總覽」圖表會顯示其流量隨時間的變化。</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>上一個更新間隔內的每秒位元組數</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>僅限即時擷取：擷取檔沒有目前速率</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>遠端</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>接收位元組</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>傳送位元組</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>接收封包</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>傳送封包</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>接收速率</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>傳送速率</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出現</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>擁有此連線的程式不明。</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（來自 %2）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>%1 的國旗</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>程式 %1 的圖示</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>當程式首次使用網路時通知我</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>每則通知都播放音效</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook 位址</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook（選填）</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>每則通知也會以 JSON POST 要求傳送到此位址（要求本文的格式請參閱 docs/notifications.md）。</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>新程式：</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>音效：</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook：</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>靜音：</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>這不是 http:// 或 https:// 位址；通知不會傳送到此位址。</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>所有通知，直到 %1。</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>以下規則：%1。</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>沒有任何項目設為靜音。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>將此規則設為靜音</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>沒有 D-Bus 工作階段匯流排。</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>此環境無法透過 D-Bus 使用桌面通知。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2（透過 %3）</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>為檢視而開啟的擷取檔不會傳送到收集器，除非在「設定 → 匯出」中開啟了「同時傳送為檢視而開啟的擷取檔」。</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>此版本的 Flowscope 無法將流傳送到收集器。</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 筆記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 則訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>已透過 %2 傳送 %1，丟棄 %3。</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>目前未傳送任何內容。</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>此擷取的流未傳送：%1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>正在傳送到 %1：%2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>上次擷取已結束。已傳送到 %1：%2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>無法連線到收集器：%1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX：未傳送</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX：無法連線到收集器</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX：已傳送 %1，已丟棄 %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX：已傳送 %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>將流傳送到收集器（IPFIX）</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>每個連線及其所屬程式都會以 IPFIX 記錄的形式傳送到您執行的收集器（nfdump、pmacct、GoFlow2、ElastiFlow、ntopng）。</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>同時傳送為檢視而開啟的擷取檔</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>變更將從下次擷取開始生效；進行中的擷取仍依開始時的設定傳送。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>收集器</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>位址或主機名稱，例如 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP（常用；收集器停止運作時資料會遺失）</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP（自動重新連線；收集器停止運作期間會保留待傳資料）</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主機：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>傳輸協定：</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>活動逾時：</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>仍在進行中的流會依此間隔回報。</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>閒置逾時：</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>無流量達此時間長度的流會回報為已結束。</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>觀察域 ID：</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>企業編號：</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>傳送 Flowscope 自有資訊元素（處理程序 ID、程式路徑、主機名稱）時使用的私人企業編號（Private Enterprise Number）。</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>預設值 32473 是 RFC 5612 保留給文件使用的編號，僅作為預留位置，請換成您自己的編號。</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>此版本的 Flowscope 無法將流傳送到收集器。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>封包/秒</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>千封包/秒</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>百萬封包/秒</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>十億封包/秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 分鐘 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公用</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>本機</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>回送</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私人</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>連結本機</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>多點傳送</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>廣播</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>保留（bogon）</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS 伺服器名稱（SNI）</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP Host 標頭</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS 回應</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS PTR 回應</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>反向 DNS 查詢</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>此應用程式的主機</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 天內的每日用量，以及所示期間內的主要主機</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>依應用程式分組，並在表格中選取一個應用程式，即可查看其每日用量和主要主機。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>流量歷史記錄</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
        <translation>↓ 接收 · ↑ 傳送</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1：接收 %2，傳送 %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>全部：接收 %1，傳送 %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>按一下以列出此時段的連線</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>此期間內沒有流量。</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>此期間內：接收 %1，傳送 %2。流量最多：%3（%4）。最繁忙的時間：%5（%6）。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>遠端</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出現</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>每日流量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
接收 %2，傳送 %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>此期間內沒有流量。</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>%1 天內：接收 %2，傳送 %3。最繁忙的一天：%4（%5）。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>匯出報告(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>將「歷史記錄」頁面的表格匯出為 CSV 或 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>流量總計</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>按一下圖表即可列出該時間的連線。</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>所選期間內的連線</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 小時</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>重新讀取歷史記錄（F5）</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分組依據：</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>%1 期間開啟的連線：</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>歷史資料庫 %1 已損毀，因此本次擷取不會被記錄（即時畫面照常顯示）；將它移到別處可原樣保留該檔案，並建立新的資料庫。</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>無法使用歷史資料庫 %1。</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>本次擷取不會被記錄；即時畫面照常顯示。</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope 無法判斷要將歷史記錄儲存在哪裡（沒有主資料夾）；請在「檢視 → 設定 → 歷史記錄」中選擇資料庫檔案。</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>已損毀的歷史資料庫已保留為 %1；記錄將在新的資料庫中繼續。</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>已損毀的歷史資料庫已保留為 %1；下次即時擷取時將建立新的資料庫。</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>暫停記錄</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>在繼續記錄之前，不將本次擷取的流量寫入歷史記錄</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>未指定資料庫檔案：請在上方選擇一個。</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>尚未記錄任何內容：此檔案會在第一次記錄即時擷取時建立。</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1，尚未記錄任何流量。</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1，%2 至 %3 的流量，%4 個連線。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>將即時擷取記錄到歷史記錄中</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>為檢視而開啟的擷取檔永遠不會被記錄。使用系統匣和「擷取」選單中的「暫停記錄」，可讓私人時段不被記錄。</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>保留時間會立即套用到進行中的擷取；開啟或關閉記錄以及更換資料庫檔案，將從下次即時擷取開始生效。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> 個連線</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無限制</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>每分鐘資料保留：</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>每小時資料保留：</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>每日資料保留：</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>連線數上限：</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>較舊的每分鐘資料會彙總為每小時資料，每小時資料再彙總為每日資料，因此總計始終準確。超出大小上限時，會最先刪除最舊的列：先是連線，然後依序是每分鐘、每小時和每日資料。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>歷史資料庫檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>恢復使用預設位置</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>歷史記錄是本機上的一個 SQLite 檔案，任何資料都不會離開本機。flowscope-cli report 讀取的也是同一個檔案。留空：使用預設位置 %1。</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>此處未知（沒有主資料夾）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>目前內容：</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>選擇歷史資料庫</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>歷史資料庫 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>使用者 %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>接收 %1，傳送 %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>封包</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F：搜尋；Ctrl+D：為主機、服務或應用程式加上星號；Ctrl+Shift+C：選擇欄位</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>連線詳細資料</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>搜尋連線</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>選擇欄位</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>系統預設（%1）</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope 會在下次啟動時使用新語言。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>閒置</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>正在擷取</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> 請在「檢視 → 設定…」中選擇其他檔案，或清除此欄位以繼續使用內建資料庫。</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>開啟擷取檔(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>暫停或繼續擷取（空白鍵、Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>停止擷取（Ctrl+.）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>關於 Flowscope(&amp;A)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>擷取(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>總覽(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>檢查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>應用程式(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史記錄(&amp;H)</translation>
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
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>擷取</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>開啟擷取檔</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>擷取檔 (*.pcap *.pcapng *.cap *.dmp);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;網路監控工具：查看這台電腦在與誰通訊，可即時監控，也可讀取擷取檔。&lt;/p&gt;&lt;p&gt;使用 Qt %2 建置（執行於 Qt %3）。&lt;br&gt;使用 %4 進行擷取。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt;（CC BY 4.0）。&lt;br&gt;AS 資料來自 &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;、&lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; 和 &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt;（CC BY 4.0）。&lt;br&gt;旗幟圖示來自 &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt;（MIT）。&lt;br&gt;使用 libmaxminddb 讀取資料庫。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>關於 Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 個封包</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>已丟棄 %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>即時擷取期間會辨識程式。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>流量隨時間變化</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>最近 %1 秒</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>全部標示為已讀</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>按兩下或按 Enter 鍵以檢查警示的相關連線</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>尚無通知。即時擷取期間，警示會顯示在這裡：包括首次使用網路的程式，以及您在「設定」中建立的規則所觸發的警示。</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%2 則中有 %1 則未讀</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持續</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>速率規則</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>新增速率規則</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>流量速率超過限制</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>流量上限</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>新增流量上限</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>流量超過上限</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>所有流量</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>留空：所有流量；否則填入程式的路徑或名稱</translation>
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
        <translation> 秒</translation>
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
        <translation>天</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>封鎖清單檔案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>項目數</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>選擇封鎖清單</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP 清單 (*.netset *.ipset *.txt *.list);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>純文字 IP/CIDR 清單（每行一個項目，以 # 開頭的為註解，即 FireHOL 發布的格式），支援 IPv4 和 IPv6。</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>封鎖清單</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未載入</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>已加星號的項目</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>閒置超過以下時間後再次通知</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>可在「總覽」、「檢查」和「應用程式」頁面為主機、服務和應用程式加上星號。</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>我的最愛</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主機 %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>服務 %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>應用程式 %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>接收位元組</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>已接收的 IP 流量</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>傳送位元組</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>已傳送的 IP 流量</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>封包</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>擷取到的所有訊框</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>封包/秒</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>最近一秒的封包數</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>目前為止發現的連線</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丟棄</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>被核心、介面卡或 Flowscope 佇列丟棄的訊框</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>擷取所涵蓋的時間</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;流量&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>位元組/秒</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>位元/秒</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>封包/秒</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>主要應用程式</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>按一下應用程式以檢查其連線</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>主要主機</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>主要服務</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>主機 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服務 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>應用程式 %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>按一下項目以檢查其連線</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>目前為止發現的連線（表格中目前有 %1 個）</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>連線背後的程式</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>程式辨識方式</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>自動（允許時使用 eBPF，否則使用快照）</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF 通訊端事件</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>僅限快照</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>事件緩衝區</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>從下次即時擷取開始生效。</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>程式辨識方式：</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>事件緩衝區：</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>將它移到別處並建立新的資料庫</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>國家/地區資料庫：</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS 資料庫：</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>留空：使用內建的 DB-IP Lite 資料庫。支援 GeoLite2、GeoIP2、DB-IP 和 IPinfo 的 MMDB 檔案。</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>查詢位址的主機名稱（反向 DNS，適用於即時擷取）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>國家/地區資料庫檔案</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS 資料庫檔案</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>內建（DB-IP Lite）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>選擇資料庫</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB 檔案 (*.mmdb);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>將繼續使用內建資料庫。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>將擷取內容儲存為 pcap 檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>開始擷取</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>開啟擷取檔…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;監控您的網路&lt;/h2&gt;選擇一個介面卡進行即時擷取，或開啟擷取檔。</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>正在檢查 Flowscope 是否可以在這台電腦上擷取…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>擷取篩選器(&amp;F)：</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF 運算式，例如 tcp port 443 或 host 10.0.0.1（留空：擷取全部）</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>網路介面卡</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>用來儲存擷取內容的檔案</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>擷取檔</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>最近的檔案：</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>最近的擷取檔</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>無篩選器：將擷取所有封包。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>請先修正擷取篩選器</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>擷取內容另存為</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap 檔案 (*.pcap);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>開啟擷取檔</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>擷取檔 (*.pcap *.pcapng *.cap);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>仍可開啟擷取檔。</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>您開啟的檔案會列在這裡</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>登入時啟動 Flowscope</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Flowscope 啟動時繼續上次的即時擷取</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>登入時在系統匣中啟動 Flowscope，不顯示視窗。</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>如果 Flowscope 啟動時未指定擷取檔或介面卡，將使用上次即時擷取的介面卡和篩選器重新開始擷取。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>高對比(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>開啟佈景主題資料夾(&amp;T)…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1（無效）</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>未使用佈景主題檔案 %1：%2 請修正後在「檢視 → 佈景主題」中重新選擇。</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>檔案大於 64 KB；佈景主題只是幾種顏色的清單（請參閱 docs/themes.md）。</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>檔案中沒有「name = …」這一行；請加上一行，寫上要顯示的名稱。</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>第 %1 行：應為「鍵 = 值」。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>第 %1 行：「%2」出現了兩次；請只保留一個。</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>第 %1 行：名稱必須是 1 到 80 個字元的 UTF-8 文字。</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>第 %1 行：based-on 必須是「light」或「dark」。</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>第 %1 行：未知的鍵「%2」；docs/themes.md 列出了佈景主題可以設定的鍵。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>第 %1 行：「%2」不是顏色；請寫成 #rrggbb。</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>佈景主題檔案 %1 難以閱讀：%2 在 %3 上的對比度只有 %4:1，低於文字所需的 4.5:1。請在檔案中讓這兩種顏色相差更大。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
接收 %2，傳送 %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>位元組</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>傳入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>傳出</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>流量隨時間變化</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>無流量</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>檔案：拖曳可放大某個時間範圍，按右鍵可縮小（鍵盤：+、- 和 0）</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>%1 內無流量</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>尚無流量。</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>最新：傳入 %1，傳出 %2。最高：傳入 %3（%4），傳出 %5（%6）。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>顯示視窗</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>切換介面卡</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>開啟總覽</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>開啟應用程式</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>開啟通知</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>將通知設為靜音</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>精簡視窗</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>此桌面沒有系統匣（GNOME 需要安裝 AppIndicator 擴充功能），因此關閉視窗將結束 Flowscope。</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>此桌面沒有系統匣（GNOME 需要安裝 AppIndicator 擴充功能），因此會顯示視窗，而不是以最小化方式啟動。</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>隱藏視窗</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>沒有介面卡</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>無法在 %1 上擷取</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope 仍在繼續監控</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>按一下其系統匣圖示即可重新開啟視窗；「結束」位於該圖示的選單中。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>系統匣</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>在系統匣中繼續監控</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>關閉視窗時：</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>不是 http:// 或 https:// 位址</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 狀態 %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒內無回應</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>通知 Webhook %1 失敗（%2）；警示仍會列在「通知」頁面中。請在「設定」中檢查此位址。</translation>
    </message>
</context>
</TS>
