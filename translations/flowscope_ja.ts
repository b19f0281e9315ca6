<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 ほか %2 件</numerusform>
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
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>すべての通信</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>%1 の通信</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>お気に入りのホスト %1 が通信中</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>お気に入りのサービス %1 が通信中</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>お気に入りのプログラム %1 が通信中</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 個のプログラムが初めてネットワークを使用しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>ブロックリストにあるアドレス %1 件に接続しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 件の通信レートが上限を超え続けました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 件のお気に入りで通信が始まりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 件のデータ上限を超えました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>キャプチャの問題 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>最初の接続: %1。</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>ブロックリストに載っている %1 に接続しました。</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>通信が上限を超え続けました: %1。</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>%1 で通信が始まりました。</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>通信が上限を超えました: %1。</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>キャプチャで問題が発生しました: %1。</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 が初めてネットワークを使用しました</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 はブロックリスト %2 に載っています</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: %3 秒間 %2 を超過</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: 1 日の上限 %2 を超過</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: 1 か月の上限 %2 を超過</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>アダプターがなくなりました</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>キャプチャがエラーで停止しました</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>キャプチャでフレームの %1 が失われています</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 が初めて接続しました。</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 が初めて接続しました (ユーザー %2)。</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>%1 に接続しました。このアドレスは %2 の %4 行目にある %3 に含まれます。</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 が %1 に接続しました。このアドレスは %2 の %4 行目にある %3 に含まれます。</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>%2 で %1 との通信が始まりました。</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>%3 が %2 で %1 との通信を始めました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 が %3 秒間 %2 を超え続けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 は今日 %2 に達し、上限の %3 を超えました。</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 は今月 %2 に達し、上限の %3 を超えました。</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>直近 %3 秒間に %2 フレーム中 %1 フレームが失われました。コンピューターまたは Flowscope の処理が追いついていません。フィルターでキャプチャ対象を絞り込むか、負荷の高いほかのプログラムを閉じてください。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>フォルダー %1 を作成できなかったため、Flowscope はログイン時に起動しません。そこに書き込めるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>%1 を書き込めなかったため (%2)、Flowscope はログイン時に起動しません。%3 に書き込めるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>%1 を削除できなかったため (%2)、Flowscope は引き続きログイン時に起動します。%3 に書き込めるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>レジストリ値 %1 を書き込めなかったため、Flowscope はログイン時に起動しません。お使いのアカウントで変更できるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>レジストリ値 %1 を削除できなかったため、Flowscope は引き続きログイン時に起動します。お使いのアカウントで変更できるか確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>アクセスが拒否されました: Flowscope は %1 を読み取れません。ファイルの読み取り権限をユーザーに与えるか、自分のフォルダーにコピーしてから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>「%1」という名前のネットワークアダプターはありません。スタートページに一覧表示されたアダプターから選んでください。</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>キャプチャ中にネットワークアダプター %1 が停止したか、なくなりました。接続し直して再開するか、スタートページで別のアダプターを選んでください。キャプチャした内容は表示されたままです。</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>ネットワークアダプターが選ばれていません。スタートページで選んでください。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Flowscope を閉じる</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>システムトレイで監視を続けますか？</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope はウィンドウを閉じてもキャプチャと通知を続けられます。トレイアイコンからウィンドウを戻せます。終了して監視をやめることもできます。</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>トレイに残す</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>次回から確認しない (設定で変更できます)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope はネットワークアダプターの一覧を取得できませんでした (libpcap: %1)。システムのネットワーク機能が動作しているか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap がフィルターのコンパイラーを準備できませんでした (メモリ不足の可能性があります)。もう一度試すか、Flowscope を再起動してください。</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>キャプチャフィルター「%1」は無効です: %2。フィルターを修正してください (%3)。</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>`man pcap-filter` を参照</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいになった</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスククォータを使い切った</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>ファイルが許容される最大サイズに達した</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ディスクがエラーを報告した</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope には %1 に書き込む権限がありません (%2)。書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 はフォルダーです。書き込む pcap ファイルの名前を指定してください (例: %2)。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>%1 のフォルダーが存在しません。フォルダーを作成するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope は %1 を作成できません (%2)。別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>%3ため、%1 への書き込みは %2 フレームで停止しました (%4)。ファイルにはそれらのフレームが保存されており、読み込みも可能です。キャプチャは保存せずに続行されます。空き容量を確保するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>%3ため、%1 への書き込みは %2 フレームで停止しました (%4)。最後のフレームが途中で切れている可能性があります。キャプチャは保存せずに続行されます。空き容量を確保するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>%2ため、Flowscope は %1 に書き込めません (%3)。空き容量を確保するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>%1 への書き込みが、ファイルを閉じるときに失敗しました (%2)。ディスクにすべて保存されていない可能性があります。ファイルを確認するか、別の場所を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 は%2 の途中 (バイトオフセット %3) で終わっています。ファイルが途中で切れており、その前にある完全なパケット %4 個は読み込まれました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>%1 の読み取りがバイトオフセット %2 で失敗しました (%3)。ディスクを確認するか、ファイルをローカルドライブにコピーしてください。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 は空 (0 バイト) なので、パケットは含まれていません。Wireshark、tcpdump、Flowscope で保存したキャプチャファイルを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 は %2 バイトしかなく、pcap または pcapng のキャプチャファイルとしては短すぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 は pcap または pcapng のキャプチャファイルではありません (不明なマジックナンバー %2)。</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 は存在しません。ファイル名とフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope には %1 を読み取る権限がありません。ファイルの読み取り権限をユーザーに与えるか、別の場所にコピーしてください。</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1 を開けません (%2)。ファイルにアクセスできるか確認してください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 はフォルダーで、キャプチャファイルではありません。その中の .pcap または .pcapng ファイルを選んでください。</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>パケットを 1 つも読み込めませんでした (pcapfix でファイルを修復できる可能性があります)。</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>その前にある %1 個のパケットを読み込んだところで読み取りを停止しました (pcapfix でファイルを修復できる可能性があります)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>ネットワークアダプターが選ばれていません。`flowscope-cli interfaces` で表示されるアダプターから選んでください。</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>管理者権限で実行するか、次のコマンドで一度だけケーパビリティを付与してください: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 は途中で切れています: %2 バイトしかなく、24 バイトの pcap ファイルヘッダーに満たないため、書き込みまたはコピーが完了しなかったと考えられます。</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 は pcap 形式のバージョン %2.%3 を使用しており、Flowscope では読み取れません。Wireshark の「名前を付けて保存」で pcapng に変換してください。</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>パケット %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 は破損しています: バイトオフセット %3 にあるレコード %2 のヘッダーが示すキャプチャバイト数は %4 で、上限の %5 を超えているため、%6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>「%1」という名前のネットワークアダプターはありません。`flowscope-cli interfaces` を実行して、キャプチャできるアダプターの一覧を確認してください。</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope には %1 でキャプチャする権限がありません。%2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>ネットワークアダプター %1 は停止しています。アダプターを有効にして (または接続して)、キャプチャをもう一度開始してください。</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>ネットワークアダプター %1 はモニターモードに対応していません。別のアダプターを選んでください。</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope は %1 でキャプチャを開始できませんでした (%2: %3)。アダプターを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>キャプチャフィルター「%1」を %2 に設定できませんでした (%3: %4)。より単純なフィルターをお試しください。</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope は %1 でのキャプチャを準備できませんでした (%2: %3)。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>キャプチャ中にネットワークアダプター %1 が停止したか、なくなりました (%2: %3)。接続し直すか、`flowscope-cli interfaces` で別のアダプターを選んでください。</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>%1 でのキャプチャに失敗しました (%2: %3)。キャプチャをもう一度開始してください。</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>バイトオフセット %2 にあるブロック %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 は途中で切れています: pcapng のセクションヘッダーの途中で終わっているため、書き込みまたはコピーが完了しなかったと考えられます。</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 は破損しています: セクションヘッダー (%2) の長さが %3 バイトしかなく、必要な 28 バイトに満たないため、%4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 は pcapng バージョン %2.%3 を使用しており、Flowscope では読み取れません。Wireshark で保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 は破損しています: セクションヘッダー (%2) のオプションが %3 バイトを示しており、ブロックに収まる量を超えているため、パケットを読み込めません (pcapfix でファイルを修復できる可能性があります)。</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 は破損しています: インターフェース記述 (%2) が短すぎます。</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 は破損しています: インターフェース記述 (%2) のオプションが %3 バイトを示しており、ブロックに収まる量を超えているため、%4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>ブロック %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 は破損しています: セクションヘッダー (%2) のバイトオーダーマジックが無効です。</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>長さが %1 バイトで、最小値の 12 バイトに満たない</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>長さが %1 バイトで、4 の倍数ではない</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>長さを %1 バイトと示しており、実在するどのブロックよりも大きい</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>末尾の長さフィールドが %1 で、先頭の長さフィールド (%2) と異なる</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>パケットブロックだが、フィールドを収めるには短すぎる</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>キャプチャバイト数を %1 と示しており、ブロックに収まる量を超えている</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>インターフェース %1 を参照しているが、そのセクションではそれより前に %2 個のインターフェースしか記述されていない</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>シンプルパケットブロックだが、フィールドを収めるには短すぎる</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>パケットだが、そのセクションではそれより前にインターフェースが記述されていない</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 は破損しています: %2 は%3ため、%4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap が管理者専用としてインストールされています。Flowscope を管理者として実行するか、「Restrict Npcap driver&apos;s access to Administrators only」をオフにして Npcap を再インストールしてください。</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>%1 の pcap-filter 構文を参照</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>「%1」にはまだ履歴データベースがありません。ライブキャプチャで作成されます (デスクトップアプリが記録するか、flowscope-cli record を実行してください)。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>履歴データベース「%1」を読み取れません (ファイル、または記録中はそのフォルダーへの権限がありません)。所有者として読み取るか、コピーしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>「%1」は別のプログラムのデータベースで、Flowscope の履歴ではありません。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>履歴データベース「%1」は新しいバージョンの Flowscope で書き込まれています (スキーマ %2、このバージョンが対応しているのは %3 まで)。Flowscope を更新するか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>履歴データベース「%1」は破損しています (スキーマバージョン %2 は、どの Flowscope も書き込まないものです)。退避して新しいデータベースを始めてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>「%1」にはまだ履歴がありません。ライブキャプチャがここに記録されます。</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>履歴データベース「%1」のフォルダーを作成できません (%2)。別のファイルを選ぶか、その場所への書き込みを許可してください。</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>破損した履歴データベース「%1」を退避できませんでした (%2)。手動で移動または削除してください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>履歴データベース「%1」は別のプログラムによってロックされています。そのプログラムを閉じて (または別のファイルを選んで)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>履歴データベース「%1」に書き込めません (読み取り専用か、権限がありません)。データベースとそのフォルダーへの書き込みを許可するか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>履歴データベース「%1」は破損しています。退避して新しいデータベースを始めてください (記録されていた内容は読み取れません)。</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>履歴データベース「%1」があるディスクがいっぱいです。空き容量を確保するか、履歴のサイズ上限を下げてから、記録を再開してください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>履歴データベース「%1」を開けません。フォルダーが存在し書き込み可能か確認するか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>履歴データベース「%1」を開けません (%2)。フォルダーが存在し書き込み可能か確認するか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>履歴データベース「%1」の読み書きができませんでした (入出力エラー)。データベースがあるディスクを確認してください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>履歴データベース「%1」の読み書きができませんでした (入出力エラー: %2)。データベースがあるディスクを確認してください。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>履歴データベース「%1」で予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>履歴データベース「%1」で予期しないエラーが発生しました (%2)。</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>キャプチャフィルターはリンクタイプ %1 には適用できないため、そのタイプのフレームは除外されました。</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>ディスクの速度が追いつかなかったため、%1 フレームを %2 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope はリンクタイプ %1 をデコードしません。そのパケットは非 IP として数えられ、接続にはなりません。内容を見るには、キャプチャを Wireshark で開いてください。</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>逆引き DNS はオフです: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>プロセスを特定できません: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>イベントバッファーがいっぱいだったため、カーネルがソケットイベントを破棄しました。そのため、一部の短い接続ではプログラムが表示されない場合があります。イベントバッファーを大きくしてください (設定、または --event-buffer)。</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>不明なエラーで失敗しました。</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>コンポーネント「%1」が停止しました: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>コレクター「%1」の名前を解決できませんでした (%2)。アドレスまたは既知のホスト名を入力してください。</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>コレクター %1 への UDP ソケットを開けませんでした (%2)。</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>AS 番号は含まれていますが、国は含まれていません</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>国は含まれていますが、AS 番号は含まれていません</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>国も AS 番号も含まれていません</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>国データベース (GeoLite2 または GeoIP2 の Country か City、DB-IP、IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>AS データベース (GeoLite2 ASN、GeoIP2 ISP、IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>ファイル「%1」(%2) には%3。%4を選んでください。</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>種類なし</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>データベースファイル「%1」は存在しません。パスを確認してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>「%1」はフォルダーで、データベースファイルではありません。.mmdb ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>データベースファイル「%1」を読み取れません (アクセスが拒否されました)。ファイルの権限を確認してください。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>データベースファイル「%1」を開けません (%2)。ディスクとパスを確認してください。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>データベースファイル「%1」は破損しています: %2。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>データベースファイル「%1」を読み取れませんでした。ディスクを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>「%1」は MaxMind DB (.mmdb) ファイルではないか、メタデータが破損しています。GeoLite2、GeoIP2、DB-IP、IPinfo のいずれかの .mmdb ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>データベースファイル「%1」を読み込めません (サイズの値がメモリに収まらないため、破損している可能性があります)。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>「%2」で %1 を検索できませんでした (%3)。ファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>「%2」にある %1 のレコードを読み取れません (%3)。ファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>データベースファイル「%1」を読み取れません (%2)。ディスクとパスを確認してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>「%1」は空です。GeoLite2、GeoIP2、DB-IP、IPinfo のいずれかの .mmdb ファイルを選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>「%1」は通常のファイルではありません。GeoLite2、GeoIP2、DB-IP、IPinfo のいずれかの .mmdb ファイルを選んでください。</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>データベースファイル「%1」の専用コピーを作成するためのメモリが足りません (%2)。ほかのプログラムを閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>データベースファイル「%1」は読み取り中に変更され続けました。書き込みが完了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>ブロックリストのファイル %1 は存在しません。パスを確認してください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 はフォルダーで、ブロックリストのファイルではありません。その中のリストファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 は通常のファイルではありません (パイプ、ソケット、デバイスのいずれかです)。リストファイルを選んでください。</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>ブロックリストのファイル %1 を読み取れません (%2)。ファイルの権限を確認してください。</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 にはバイナリデータが含まれている (オフセット %2 にゼロバイトがある) ため、テキストのブロックリストではありません。プレーンテキストの IP/CIDR リストを選んでください。</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>ブロックリストのファイル %1 の読み取りが、%2 バイト読んだところで失敗しました。ディスクを確認してください。</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 にはアドレスがありません (空か、コメントしかありません)。IP アドレスまたはプレフィックスを 1 つ以上含むリストを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%2 のコメント以外の %1 行には IP アドレスもプレフィックスもないため、ブロックリストではありません。プレーンテキストの IP/CIDR リストを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 に複数の語が含まれています</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 は IPv4 または IPv6 のアドレスでもプレフィックスでもありません</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>%1 のプレフィックス長は 0〜%2 の数値にする必要があります</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>%1 行目が %2 文字を超えているため、この行はスキップします (リストの残りは通常どおり読み込みます)。</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>%1 行目: %2。そのため、この行はスキップします (リストの残りは通常どおり読み込みます)。</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>%1 行目: %2 のプレフィックス長を超える部分に 0 でないビットがあります。%3 として読み込みます。</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>既知のプログラムの一覧ファイル %1 は通常のファイルではありません。新しいプログラムは Flowscope を終了するまでしか記憶されません。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>既知のプログラムの一覧ファイル %1 を読み取れません (%2)。新しいプログラムは Flowscope を終了するまでしか記憶されません。</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>既知のプログラムの一覧ファイル %1 は破損しています (プログラムの一覧ではありません)。ファイルを退避して、新しい一覧を始めてください。新しいプログラムは Flowscope を終了するまでしか記憶されません。</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>既知のプログラムの一覧ファイル %1 を最後まで読み取れませんでした。新しいプログラムは Flowscope を終了するまでしか記憶されません。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>既知のプログラムの一覧ファイル %1 に書き込めません (一時ファイル %2 への書き込みに失敗しました)。新しいプログラムは Flowscope を終了するまでしか記憶されません。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>既知のプログラムの一覧ファイル %1 を置き換えられません (%2)。新しいプログラムは Flowscope を終了するまでしか記憶されません。</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>操作は許可されていません</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>そのようなファイルやディレクトリはありません</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>入出力エラー</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>そのようなデバイスやアドレスはありません</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>リソースが一時的に利用できません</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>メモリを確保できません</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>デバイスまたはリソースがビジー状態です</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルが既に存在します</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>そのようなデバイスはありません</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ディレクトリではありません</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>ディレクトリです</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>引数が無効です</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>システム全体で開いているファイルが多すぎます</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>開いているファイルが多すぎます</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>デバイスに空き領域がありません</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>パイプが切断されました</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>シンボリックリンクの階層が多すぎます</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>メッセージが長すぎます</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>アドレスファミリーがプロトコルでサポートされていません</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>アドレスは既に使用中です</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>要求されたアドレスを割り当てられません</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>ネットワークがダウンしています</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>ネットワークに到達できません</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>ソフトウェアによって接続が中断されました</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>接続が相手によってリセットされました</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>利用可能なバッファー領域がありません</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>トランスポートエンドポイントが接続されていません</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>ホストへの経路がありません</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>ディスククォータを超過しました</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1。Flowscope は代わりに内蔵の国データベースを使用します。</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1。Flowscope は代わりに内蔵の AS データベースを使用します。</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1。内蔵の国データベースも使用できません (%2)。</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1。内蔵の AS データベースも使用できません (%2)。</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>国データベース「%1」がディスク上で変更されました。Flowscope はファイルを確認し、再び使用しています。</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>AS データベース「%1」がディスク上で変更されました。Flowscope はファイルを確認し、再び使用しています。</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>使用中に国データベースが変更されました: %1。ファイルが再び使用できるようになるまで、Flowscope は内蔵の国データベースを使用します。</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>使用中に AS データベースが変更されました: %1。ファイルが再び使用できるようになるまで、Flowscope は内蔵の AS データベースを使用します。</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>IPFIX メッセージを %1 に送信できませんでした: %2。</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>IPFIX メッセージをコレクターに送信できませんでした (%1)。コレクターは %2 で待ち受けていますか？</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>一部のみ送信されました</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>コレクターのメッセージ受け取りが追いついていません (%1 KiB の未送信バッファーがいっぱいです)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 個のアドレスを試しました: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>コレクターへの接続に失敗しました (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>コレクターが接続を閉じました</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>コレクターが最後のメッセージを時間内に受け取りませんでした</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>%1 を開く前に</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>キャプチャヘルパー %1 が 30 秒以内に %2 を開きませんでした。キャプチャをもう一度開始してください。</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>%1 でのキャプチャ中に</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>シグナル %1 により終了、%2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>シグナル %1 により終了</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope はキャプチャヘルパーを起動できませんでした (pipe: %1)。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope はキャプチャヘルパー %1 を起動できませんでした (%2)。Flowscope を再インストールするか、FLOWSCOPE_CAPTURE=direct を設定してください。</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>状態は不明</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>キャプチャヘルパー %1 が %2予期せず停止しました (%3)。キャプチャをもう一度開始してください。停止が繰り返される場合は、システムログを確認してください。</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>キャプチャヘルパー %1 から Flowscope が読み取れないデータが送られてきました (%2)。ヘルパーがこのバージョンの Flowscope のものであることを確認して、キャプチャをもう一度開始してください。</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>キャプチャヘルパーがケーパビリティを手放せませんでした (%1)。キャプチャは動作しますが、ヘルパーは特権を持ったまま実行され続けます。</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>netlink によるソケットテーブルの読み取りに失敗しました (%1: %2)。</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 を読み取れません (%2)。ソケットテーブルを利用できません。</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>これらはキャプチャヘルパーが読み込みます。</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF ソケットイベントはオフです: %1。代わりに、ソケットテーブルのスナップショットからソケットの所有者を特定します。</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>このビルドの Flowscope は eBPF に対応していません (ビルド時に libbpf、clang、または bpftool がありませんでした)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>これらの読み込みには root 権限、または CAP_BPF と CAP_PERFMON のケーパビリティが必要です (また、カーネルがロックダウンされていないことも必要です)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>カーネルがトラッカーを拒否しました (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>トレースポイントへのアタッチには root 権限または CAP_PERFMON が必要です</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>カーネルに必要なトレースポイントがありません (sock_send_length と sock_recv_length は Linux 6.3 で追加されました)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>トラッカーを開けませんでした (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>カーネルに BTF 型情報がありません (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>ソケットの所有者は eBPF ソケットイベント (カーネルのトレースポイント) から特定し、代替手段としてソケットテーブルのスナップショットを使います。</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>選択に従い、ソケットの所有者はソケットテーブルのスナップショットから特定します。</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>ソケットの所有者はソケットテーブルのスナップショットから特定します: eBPF ソケットイベントは Linux でのみ使えます。</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>コレクターのアドレスまたはホスト名を入力してください (例: 192.0.2.10、collector.example.org)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>「%1」は IP アドレスでもホスト名でもありません。192.0.2.10 や collector.example.org のように入力してください。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>ポート「%1」は範囲外です。1 から 65535 の数値を入力してください (IPFIX コレクターは通常 4739 で待ち受けます)。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>ホスト名「%1」からアドレスを解決できません。綴りを確認するか、コレクターの IP アドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>レポートを %1 に書き込めません: %2。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>ネットワーク (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>不明なアプリケーション</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>不明なホスト</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>不明なサービス</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>不明な国</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>不明なネットワーク</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>履歴はまだありません。ライブキャプチャは %1 に記録され (設定 → 履歴)、その通信がここに表示されます。</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>履歴データベース %1 は壊れているか、履歴データベースではありません。退避するか削除すると、次のライブキャプチャで新しいデータベースが作られます。</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>アプリケーション %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>このビルドの Flowscope は eBPF に対応していません。</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF ソケットイベントは Linux でのみ使えます。</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>カーネルに BTF 型情報がありません。</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>キャプチャヘルパーが eBPF を使うには CAP_BPF と CAP_PERFMON のケーパビリティが必要です。</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF には root 権限、または CAP_BPF と CAP_PERFMON のケーパビリティが必要です。</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>カーネルに必要なトレースポイントがありません (Linux 6.3 以降が必要です)。</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>プログラムは、キャプチャヘルパーが読み込んだ eBPF ソケットイベントから特定し、代替手段としてスナップショットを使います。</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>プログラムは eBPF ソケットイベントから特定し、代替手段としてスナップショットを使います。</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>選択に従い、プログラムはソケットテーブルのスナップショットから特定します。</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>プログラムはソケットテーブルのスナップショットから特定します: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>イベントバッファーがいっぱいだったため、%n 件のソケットイベントが失われました。バッファーを大きくすると保持されます。</numerusform>
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
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
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
        <translation>前回のライブキャプチャ (%1) は再開されませんでした。%2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>設定の通信レートルール「%1」を読み取れないため、無視します。設定で追加し直してください。</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>設定のデータ上限ルール「%1」を読み取れないため、無視します。設定で追加し直してください。</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>お気に入りのホスト「%1」は IP アドレスではないため、無視します。</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>お気に入りのサービス「%1」は tcp/443 の形式ではないため、無視します。</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: …ほか %2 行に問題があります。</translation>
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
        <translation>%1 のスターを外す</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 にスターを付ける</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>スターを付ける/外す</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>スター付きのみ</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>スター付きの項目だけを表示 (項目を右クリックするか Ctrl+D でスターを付けます)</translation>
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
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>受信 %1 · 送信 %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>最多: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>キャプチャ中</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>未読の通知 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 をクリア</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>稼働</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>ループバック</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>無線</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>直近 1 分間の %1 の通信</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 は通信カウンターを報告しません</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>新しいプログラム</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>ブロックリストのアドレス</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>通信レート</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>お気に入りが通信中</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>データ上限</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>キャプチャの問題</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (ミュート)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>配信されませんでした: 通知はミュートされていました。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>このアプリケーションの今日の履歴はまだありません。</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>今日の 0 時から (履歴): 受信 %1、送信 %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>直近 1 分間の受信 + 送信レート (最新が右端)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>受信レート</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>送信レート</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>受信合計</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>送信合計</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>アプリケーション %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>ダブルクリックまたは Enter でアプリケーションの接続を調べます</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>アプリケーションはライブキャプチャでのみ判別できます。アダプターでキャプチャを開始すると、ネットワークを使うプログラムがわかります。</translation>
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
        <translation>ダブルクリックでメインウィンドウに戻ります。ドラッグで移動します。</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>アプリケーションはまだありません (ライブキャプチャのみ)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>コンパクトウィンドウ(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>キャプチャしていません</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>%1 で一時停止中</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>%1 でキャプチャ中</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>%1 の読み込みを一時停止中</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>メインウィンドウを表示</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 バイト)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>すべての項目を 1 行ずつコピー</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>サービスポート</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>受信バイト</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>送信バイト</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>受信パケット</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>送信パケット</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>受信レート</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>送信レート</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終観測</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP フラグ</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>フロー ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>名前の取得元</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>アドレスの種類</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>接続を選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>表にはもうありません</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>アクティブのみ</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>スター付きのみ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>接続を検索</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>すべてのプロトコル</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>すべての方向</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>主に送信</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>主に受信</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>アドレスまたは CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>アドレス (10.1.2.3、2001:db8::1) またはネットワーク (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>すべてのアプリケーション</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>国、AS、ドメイン</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>国コード (US)、AS 番号 (AS15169)、ドメイン (google.com は www.google.com にも一致)。空白で区切って複数指定すると、すべてが適用されます</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>直近の間隔に通信があった接続のみ</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>スター付きのホスト、サービス、アプリケーションの接続のみ</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>アプリケーション %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>アドレスでもネットワークでもありません。前のフィルターが引き続き有効です</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>非表示 (ユーザー %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>ユーザー %1 のソケットです。プログラムを見るには、より高い権限で Flowscope を実行してください。</translation>
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
パス %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
ユーザー %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
ポート %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>キャプチャファイルには現在のレートがありません。概要のグラフで時間ごとの通信を確認できます。</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>直近のティックでの毎秒バイト数</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>ライブキャプチャのみ: キャプチャファイルには現在のレートがありません</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>受信バイト</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>送信バイト</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>受信パケット</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>送信パケット</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>受信レート</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>送信レート</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終観測</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>この接続を所有するプログラムは不明です。</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>%1 の国旗</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>プログラム %1 のアイコン</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>プログラムが初めてネットワークを使ったら知らせる</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>通知ごとに音を鳴らす</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook のアドレス</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (任意)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>各通知はこのアドレスにも JSON の POST で送られます (本文の形式は docs/notifications.md を参照)。</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>新しいプログラム:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>音:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>ミュート:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>http:// または https:// のアドレスではないため、通知は送信されません。</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>%1 まですべての通知。</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>次のルール: %1。</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>ミュート中のものはありません。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>このルールをミュート</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>D-Bus セッションバスがありません。</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>この環境では D-Bus によるデスクトップ通知を使えません。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>表示のために開いたキャプチャファイルは、設定 → エクスポートで「表示のために開いたキャプチャファイルも送信する」がオンの場合にのみコレクターへ送信されます。</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>このビルドの Flowscope はコレクターにフローを送信できません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 件のレコード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%2 で %1 を送信、%3 を破棄。</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>このキャプチャのフローは送信されません: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>%1 に送信中: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>前回のキャプチャは終了しました。%1 に送信: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>コレクターに到達できません: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: 送信していません</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: コレクターに到達できません</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 を送信、%2 件を破棄</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 を送信</translation>
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
        <translation>コレクターにフローを送信 (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>すべての接続を、その背後のプログラムとともに IPFIX レコードとして、お使いのコレクター (nfdump、pmacct、GoFlow2、ElastiFlow、ntopng) に送ります。</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>表示のために開いたキャプチャファイルも送信する</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>変更は次のキャプチャから適用されます。実行中のキャプチャは開始時の設定で送信を続けます。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>コレクター</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>アドレスまたはホスト名 (例: 192.0.2.10)</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (一般的。コレクター停止中は失われます)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (再接続します。コレクター停止中は未送信分を保持します)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>トランスポート:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>アクティブタイムアウト:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>継続中のフローをこの間隔で報告します。</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>アイドルタイムアウト:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>この時間通信のないフローを終了として報告します。</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>観測ドメイン ID:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>企業番号:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Flowscope 独自の要素 (プロセス ID、プログラムのパス、ホスト名) を送るときの Private Enterprise Number です。</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>既定値の 32473 は RFC 5612 で文書用に定められた番号で、ご自身の番号の仮置きです。</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>このビルドの Flowscope はコレクターにフローを送信できません。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>public</source>
        <translation>パブリック</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>ループバック</translation>
    </message>
    <message>
        <source>private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>リンクローカル</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>マルチキャスト</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ブロードキャスト</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>予約済み (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS サーバー名 (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP Host ヘッダー</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS 応答</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS PTR 応答</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>逆引き DNS</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>千パケット/秒</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>百万パケット/秒</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>十億パケット/秒</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>アプリケーションのホスト</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 日間の日ごとの通信と、表示範囲の上位ホスト</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>アプリケーションでグループ化して表から 1 つ選ぶと、日ごとの使用量と上位ホストが表示されます。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>通信の履歴</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
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
        <translation>↓ 受信 · ↑ 送信</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: 受信 %2、送信 %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>すべて: 受信 %1、送信 %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>クリックするとこの区間の接続を一覧表示します</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>この範囲には通信がありません。</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>この範囲: 受信 %1、送信 %2。最も多い通信: %3 (%4)。最も混雑した時間: %5 (%6)。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>In</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終観測</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>日ごとの通信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
受信 %2、送信 %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>この範囲には通信がありません。</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>%1 日間: 受信 %2、送信 %3。最も混雑した日: %4 (%5)。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>履歴ページの表を CSV または JSON で書き出します (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>通信の合計</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>グラフをクリックすると、その時刻の接続を一覧表示します。</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>選んだ期間の接続</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>直近 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>直近 30 日間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>履歴を読み込み直します (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>グループ化:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>%1 の間に開いていた接続:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>履歴データベース %1 が壊れているため、このキャプチャは記録されていません (ライブ表示は続きます)。退避するとそのまま保存され、新しいデータベースが始まります。</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>履歴データベース %1 を使用できません。</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>このキャプチャは記録されていません。ライブ表示は続きます。</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>履歴の保存場所がわかりません (ホームフォルダーがありません)。表示 → 設定 → 履歴 でデータベースファイルを選んでください。</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>壊れた履歴データベースは %1 として保存しました。記録は新しいデータベースで続きます。</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>壊れた履歴データベースは %1 として保存しました。次のライブキャプチャで新しいデータベースが始まります。</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>記録を一時停止</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>記録を再開するまで、このキャプチャの通信を履歴に残しません</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>データベースファイルが不明です。上で選んでください。</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>まだ何も記録されていません。ファイルは最初に記録されるライブキャプチャで作成されます。</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1、通信はまだ記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1、%2 から %3 までの通信、%4 件の接続。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>ライブキャプチャを履歴に記録する</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>表示のために開いたキャプチャファイルは記録されません。トレイとキャプチャメニューの「記録を一時停止」で、プライベートな時間を記録から外せます。</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>保存期間は実行中のキャプチャにもすぐ適用されます。記録のオン/オフと別のデータベースファイルは、次のライブキャプチャから適用されます。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> 件の接続</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>分単位の保存期間:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>時間単位の保存期間:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>日単位の保存期間:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>接続の上限:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>サイズの上限:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>古い分単位のデータは時間単位に、時間単位は日単位にまとめられるため、合計は正確なままです。サイズの上限を超えると、古い行から削除されます: 接続、次に分、時間、日の順です。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>履歴データベースファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>既定の場所に戻す</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>履歴はこのコンピューター上の 1 つの SQLite ファイルで、外部には送られません。flowscope-cli report も同じファイルを読みます。空欄の場合は既定の場所 %1 です。</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>不明 (ホームフォルダーがありません)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>現在の内容:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>履歴データベースを選択</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>履歴データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>受信 %1、送信 %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>In</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>パケット</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: 検索、Ctrl+D: ホスト・サービス・アプリケーションにスターを付ける、Ctrl+Shift+C: 列を選ぶ</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>接続の詳細</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>接続を検索</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>列を選択</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>新しい言語は Flowscope の次回起動時に適用されます。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>キャプチャ中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> 表示 → 設定… で別のファイルを選ぶか、欄を空にして内蔵のものを使ってください。</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>キャプチャファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>キャプチャを一時停止/再開 (Space、Ctrl+P)</translation>
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
        <translation>キャプチャを停止 (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>Flowscope について(&amp;A)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>キャプチャ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>スタート(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>調査(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>アプリケーション(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
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
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
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
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>キャプチャファイルを開く</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>キャプチャファイル (*.pcap *.pcapng *.cap *.dmp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;ネットワークモニター: このマシンが誰と通信しているかを、ライブまたはキャプチャファイルから表示します。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド (Qt %3 で実行中)。&lt;br&gt;キャプチャには %4 を使用。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0)。&lt;br&gt;AS データ: &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;、&lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt;、&lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0)。&lt;br&gt;国旗アイコン: &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT)。&lt;br&gt;データベースの読み込みには libmaxminddb を使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Flowscope について</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 パケット</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 件破棄</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>スタート</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>プログラムはライブキャプチャ中に特定します。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>時間ごとの通信</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>直近 %1 秒</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>すべて既読にする</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>ダブルクリックまたは Enter でアラートの接続を調べます</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>通知はまだありません。ライブキャプチャ中は、初めてネットワークを使うプログラムや、設定で決めたルールのアラートがここに表示されます。</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%2 件中 %1 件が未読</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>For</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>レートのルール</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>レートのルールを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>通信レートが上限を超えたとき</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>データ量の上限</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>データ上限を追加</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>データ量が上限を超えたとき</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>すべての通信</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>空欄: すべての通信。それ以外はプログラムのパスまたは名前</translation>
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
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>ブロックリストのファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリー</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>ブロックリストを選択</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP リスト (*.netset *.ipset *.txt *.list);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>プレーンテキストの IP/CIDR リスト (1 行に 1 エントリー、# でコメント、FireHOL の公開形式)。IPv4 と IPv6 に対応。</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>ブロックリスト</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>スター付きの項目</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>再通知までの無通信時間</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>概要、調査、アプリケーションの各ページで、ホスト・サービス・アプリケーションにスターを付けられます。</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>アプリケーション %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>受信バイト</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>受信した IP 通信</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>送信バイト</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>送信した IP 通信</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>キャプチャしたすべてのフレーム</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>直近 1 秒間のパケット</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>これまでに見た接続</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>カーネル、アダプター、Flowscope のキューで失われたフレーム</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>キャプチャの対象時間</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;通信&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>単位:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>バイト/秒</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>ビット/秒</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>上位のアプリケーション</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>アプリケーションをクリックすると接続を調べます</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>上位のホスト</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>上位のサービス</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>アプリケーション %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>項目をクリックすると接続を調べます</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>これまでに見た接続 (現在表に %1 件)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>接続を使用しているプログラム</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>プログラムの特定方法</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>自動 (許可されていれば eBPF、それ以外はスナップショット)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF ソケットイベント</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>スナップショットのみ</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>イベントバッファー</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>次のライブキャプチャから使われます。</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>プログラムの特定方法:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>イベントバッファー:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>退避して新しく始める</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
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
        <translation>国データベース:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS データベース:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>空欄: 内蔵の DB-IP Lite データベース。GeoLite2、GeoIP2、DB-IP、IPinfo の MMDB ファイルが使えます。</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>アドレスのホスト名を調べる (逆引き DNS、ライブキャプチャ)</translation>
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
        <translation>履歴</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>国データベースのファイル</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS データベースのファイル</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>内蔵 (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>データベースを選択</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB ファイル (*.mmdb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>内蔵のデータベースを引き続き使います。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>キャプチャを pcap ファイルに保存</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>キャプチャを開始</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>キャプチャファイルを開く…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;ネットワークを見てみましょう&lt;/h2&gt;アダプターを選んでライブキャプチャするか、キャプチャファイルを開いてください。</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>このコンピューターで Flowscope がキャプチャできるか確認しています…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>キャプチャフィルター(&amp;F):</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF 式 (例: tcp port 443、host 10.0.0.1。空欄ならすべて)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>ネットワークアダプター</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>キャプチャの保存先ファイル</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>キャプチャファイル</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>最近のファイル:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>最近のキャプチャファイル</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>フィルターなし: すべてのパケットをキャプチャします。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>先にキャプチャフィルターを修正してください</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>キャプチャの保存先</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap ファイル (*.pcap);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>キャプチャファイルを開く</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>キャプチャ (*.pcap *.pcapng *.cap);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>キャプチャファイルは引き続き開けます。</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>開いたファイルがここに表示されます</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>ログイン時に Flowscope を起動する</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Flowscope の起動時に前回のライブキャプチャを再開する</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>ログイン時に、ウィンドウを開かずにトレイで Flowscope を起動します。</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>キャプチャファイルやアダプターを指定せずに起動すると、前回のライブキャプチャと同じアダプターとフィルターで再びキャプチャします。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>テーマフォルダーを開く(&amp;T)…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (無効)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>テーマファイル %1 は使用されませんでした: %2 修正してから、表示 → テーマ で選び直してください。</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>ファイルが 64 KB を超えています。テーマは数色の一覧です (docs/themes.md を参照)。</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>ファイルに「name = …」の行がありません。表示する名前の行を追加してください。</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>%1 行目: 「キー = 値」の形式が必要です。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>%1 行目: 「%2」が 2 回指定されています。1 つにしてください。</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>%1 行目: 名前は UTF-8 テキストで 1〜80 文字にしてください。</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>%1 行目: based-on は「light」か「dark」にしてください。</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>%1 行目: 不明なキー「%2」。テーマで設定できるキーは docs/themes.md にあります。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>%1 行目: 「%2」は色ではありません。#rrggbb の形で書いてください。</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>テーマファイル %1 は読みにくくなっています: %3 上の %2 のコントラストは %4:1 しかなく、文字に必要な 4.5:1 を下回ります。ファイルでこれらの色の差を大きくしてください。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
受信 %2、送信 %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>時間ごとの通信</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>通信なし</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>ファイル: ドラッグで時間範囲を拡大、右クリックで縮小 (キーボード: +、-、0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>%1 の間通信なし</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>まだ通信はありません。</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>最新: 受信 %1、送信 %2。最大: 受信 %3 (%4)、送信 %5 (%6)。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>アダプターを切り替え</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>概要を開く</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>アプリケーションを開く</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>通知を開く</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>通知をミュート</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>コンパクトウィンドウ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>このデスクトップにはシステムトレイがないため (GNOME では AppIndicator 拡張機能が必要です)、ウィンドウを閉じると Flowscope は終了します。</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>このデスクトップにはシステムトレイがないため (GNOME では AppIndicator 拡張機能が必要です)、最小化で起動せずにウィンドウを表示します。</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>ウィンドウを隠す</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>アダプターがありません</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>%1 でキャプチャできません</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope は監視を続けています</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>トレイアイコンからウィンドウを戻せます。終了はそのメニューにあります。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>トレイ</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>トレイで監視を続ける</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>ウィンドウを閉じたとき:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>http:// または https:// のアドレスではありません</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>通知の Webhook %1 が失敗しました (%2)。アラートは通知ページに引き続き表示されます。設定でアドレスを確認してください。</translation>
    </message>
</context>
</TS>
