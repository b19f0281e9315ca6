<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 외 %2개</numerusform>
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
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>모든 트래픽</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>%1의 트래픽</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>즐겨찾기 호스트 %1이(가) 활동 중입니다</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>즐겨찾기 서비스 %1이(가) 활동 중입니다</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>즐겨찾기 프로그램 %1이(가) 활동 중입니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>프로그램 %1개가 네트워크를 처음 사용했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>차단 목록에 있는 주소 %1개에 연결되었습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>트래픽 속도 %1건이 계속 한도를 넘었습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>즐겨찾기 %1개가 활동을 시작했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>데이터 한도 %1건을 초과했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>캡처 문제 %1건</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>첫 연결: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>차단 목록에 있는 %1에 연결되었습니다.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>한도를 계속 넘은 트래픽: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>%1에서 트래픽이 시작되었습니다.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>한도를 넘은 트래픽: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>캡처에 문제가 있었습니다: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1이(가) 네트워크를 처음 사용했습니다</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1이(가) 차단 목록 %2에 있습니다</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: %3초 동안 %2 초과</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: 일일 한도 %2 초과</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: 월간 한도 %2 초과</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>어댑터가 사라졌습니다</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>오류로 인해 캡처가 중지되었습니다</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>캡처 중 프레임 손실률 %1</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1이(가) 처음으로 연결했습니다.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1이(가) 처음으로 연결했습니다(사용자 %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>%1에 연결되었습니다. 이 주소는 %2의 %4번째 줄에 있는 %3에 속합니다.</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5이(가) %1에 연결했습니다. 이 주소는 %2의 %4번째 줄에 있는 %3에 속합니다.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>%1과(와)의 %2 트래픽이 시작되었습니다.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>%3에서 %1과(와)의 %2 트래픽이 시작되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1이 %3초 동안 계속 %2보다 높았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1이 오늘 %2에 도달하여 %3 한도를 넘었습니다.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1이 이번 달 %2에 도달하여 %3 한도를 넘었습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>최근 %3초 동안 프레임 %2개 중 %1개가 손실되었습니다. 컴퓨터나 Flowscope가 처리 속도를 따라가지 못하고 있습니다. 필터로 캡처 범위를 좁히거나 부하가 큰 다른 프로그램을 닫으십시오.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope가 %1 폴더를 만들지 못해 로그인할 때 시작되지 않습니다. 해당 위치에 쓰기 권한이 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope가 %1 파일을 쓰지 못해(%2) 로그인할 때 시작되지 않습니다. %3에 쓰기 권한이 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope가 %1 파일을 제거하지 못해(%2) 로그인할 때 계속 시작됩니다. %3에 쓰기 권한이 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope가 레지스트리 값 %1을(를) 쓰지 못해 로그인할 때 시작되지 않습니다. 사용자 계정에 이 값을 변경할 권한이 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope가 레지스트리 값 %1을(를) 제거하지 못해 로그인할 때 계속 시작됩니다. 사용자 계정에 이 값을 변경할 권한이 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>권한 거부: Flowscope에 %1 파일을 읽을 권한이 없습니다. 사용자에게 이 파일의 읽기 권한을 부여하거나 파일을 사용자의 폴더로 복사한 후 다시 여십시오.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>이름이 &quot;%1&quot;인 네트워크 어댑터가 없습니다. 시작 페이지에 표시된 어댑터 중 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>캡처하는 동안 네트워크 어댑터 %1이(가) 비활성 상태가 되었거나 사라졌습니다. 어댑터를 다시 연결한 후 캡처를 다시 시작하거나 시작 페이지에서 다른 어댑터를 선택하십시오. 지금까지 캡처한 내용은 계속 표시됩니다.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>네트워크 어댑터를 선택하지 않았습니다. 시작 페이지에서 어댑터를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1을(를) 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Flowscope 닫기</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>시스템 트레이에서 모니터링을 계속하시겠습니까?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope는 창을 닫은 후에도 캡처와 알림을 계속할 수 있으며, 트레이 아이콘을 누르면 창이 다시 열립니다. 또는 종료하여 모니터링을 중지할 수 있습니다.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>트레이에 유지</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>다시 묻지 않음(설정에서 변경 가능)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope에서 네트워크 어댑터 목록을 가져오지 못했습니다(libpcap: %1). 시스템의 네트워크 스택이 작동하는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap에서 필터 컴파일러를 준비하지 못했습니다(메모리 부족일 수 있음). 다시 시도하거나 Flowscope를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>캡처 필터 &quot;%1&quot;이(가) 올바르지 않습니다: %2. 필터를 수정하십시오(%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>`man pcap-filter` 참조</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 참</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>디스크 할당량을 모두 사용함</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>파일이 허용된 최대 크기에 도달함</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>디스크에서 오류를 보고함</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope에 %1에 쓸 권한이 없습니다(%2). 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1은(는) 폴더입니다. 저장할 pcap 파일의 이름을 지정하십시오(예: %2).</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>%1이(가) 들어갈 폴더가 없습니다. 폴더를 만들거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope가 %1을(를) 만들 수 없습니다(%2). 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>프레임 %2개를 쓴 후 %1 쓰기가 중지되었습니다. 원인: %3(%4). 파일에는 그 프레임들이 들어 있으며 계속 읽을 수 있고, 캡처는 저장하지 않고 계속됩니다. 공간을 확보하거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>프레임 %2개를 쓴 후 %1 쓰기가 중지되었습니다. 원인: %3(%4). 마지막 프레임이 잘렸을 수 있으며, 캡처는 저장하지 않고 계속됩니다. 공간을 확보하거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope가 %1에 쓸 수 없습니다. 원인: %2(%3). 공간을 확보하거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>파일을 닫을 때 %1 쓰기에 실패했습니다(%2). 디스크에 파일 전체가 저장되지 않았을 수 있습니다. 파일을 확인하거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1이(가) %2 중간(바이트 오프셋 %3)에서 끝납니다. 파일이 잘렸으며, 그 앞의 완전한 패킷 %4개는 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>바이트 오프셋 %2에서 %1을(를) 읽지 못했습니다(%3). 디스크를 확인하거나 파일을 로컬 드라이브로 복사하십시오.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1은(는) 비어 있어(0바이트) 패킷이 없습니다. Wireshark, tcpdump 또는 Flowscope로 저장한 캡처 파일을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1은(는) 길이가 %2바이트뿐이어서 pcap 또는 pcapng 캡처 파일이 되기에는 너무 짧습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1은(는) pcap 또는 pcapng 캡처 파일이 아닙니다(알 수 없는 매직 넘버 %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1이(가) 없습니다. 파일 이름과 폴더를 확인하십시오.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope에 %1을(를) 읽을 권한이 없습니다. 사용자에게 이 파일의 읽기 권한을 부여하거나 파일을 다른 곳으로 복사하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1을(를) 열 수 없습니다(%2). 파일에 접근할 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1은(는) 캡처 파일이 아니라 폴더입니다. 폴더 안의 .pcap 또는 .pcapng 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>이 파일에서 패킷을 하나도 읽을 수 없었습니다(pcapfix로 파일을 복구할 수 있을 수도 있습니다).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>그 앞의 패킷 %1개를 읽은 후 읽기를 중단했습니다(pcapfix로 파일을 복구할 수 있을 수도 있습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>네트워크 어댑터를 선택하지 않았습니다. `flowscope-cli interfaces`에 표시되는 어댑터 중 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Flowscope를 관리자 권한으로 실행하거나, 다음 명령으로 권한(capability)을 한 번 부여하십시오: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1이(가) 잘렸습니다. 길이가 %2바이트뿐이라 24바이트 pcap 파일 헤더보다 짧으므로, 쓰기나 복사가 완전히 끝나지 않은 것으로 보입니다.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1은(는) Flowscope에서 읽을 수 없는 pcap 형식 버전 %2.%3을(를) 사용합니다. Wireshark의 &quot;다른 이름으로 저장&quot;으로 pcapng로 변환하십시오.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>패킷 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1이(가) 손상되었습니다. 바이트 오프셋 %3에 있는 레코드 %2의 헤더에 캡처된 바이트 수가 %4(으)로 되어 있어 한도인 %5을(를) 넘으므로, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>이름이 &quot;%1&quot;인 네트워크 어댑터가 없습니다. `flowscope-cli interfaces`를 실행하여 캡처할 수 있는 어댑터 목록을 확인하십시오.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope에 %1에서 캡처할 권한이 없습니다. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>네트워크 어댑터 %1이(가) 비활성 상태입니다. 어댑터를 활성화(또는 연결)한 후 캡처를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>네트워크 어댑터 %1은(는) 모니터 모드를 지원하지 않습니다. 다른 어댑터를 선택하십시오.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope가 %1에서 캡처를 시작하지 못했습니다(%2: %3). 어댑터를 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>캡처 필터 &quot;%1&quot;을(를) %2에 설치하지 못했습니다(%3: %4). 더 간단한 필터를 사용해 보십시오.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope가 %1에서 캡처를 준비하지 못했습니다(%2: %3). 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>캡처하는 동안 네트워크 어댑터 %1이(가) 비활성 상태가 되었거나 사라졌습니다(%2: %3). 어댑터를 다시 연결하거나 `flowscope-cli interfaces`로 다른 어댑터를 선택하십시오.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>%1에서 캡처하지 못했습니다(%2: %3). 캡처를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>바이트 오프셋 %2의 블록 %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1이(가) 잘렸습니다. pcapng 섹션 헤더 안에서 끝나므로, 쓰기나 복사가 완전히 끝나지 않은 것으로 보입니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1이(가) 손상되었습니다. 섹션 헤더 블록(%2)의 길이가 %3바이트뿐이므로(최소 28바이트 필요), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1은(는) Flowscope에서 읽을 수 없는 pcapng 버전 %2.%3을(를) 사용합니다. Wireshark로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1이(가) 손상되었습니다. 섹션 헤더 블록(%2)의 옵션 하나가 %3바이트로 되어 있어 블록에 담길 수 있는 크기를 넘으므로, 이 파일에서 패킷을 읽을 수 없습니다(pcapfix로 파일을 복구할 수 있을 수도 있습니다).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1이(가) 손상되었습니다. 인터페이스 설명 블록(%2)이 너무 짧습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1이(가) 손상되었습니다. 인터페이스 설명 블록(%2)의 옵션 하나가 %3바이트로 되어 있어 블록에 담길 수 있는 크기를 넘으므로, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>블록 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1이(가) 손상되었습니다. 섹션 헤더 블록(%2)의 바이트 순서 매직 넘버가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>길이가 %1바이트로 최소 길이인 12바이트보다 짧으므로</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>길이가 %1바이트로 4의 배수가 아니므로</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>길이가 %1바이트로 되어 있어 실제로 있을 수 있는 어떤 블록보다도 크므로</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>끝의 길이 필드 값(%1)이 앞의 길이 필드 값(%2)과 다르므로</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>필드를 담기에는 너무 짧은 패킷 블록이므로</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>캡처된 바이트 수가 %1(으)로 되어 있어 블록에 담길 수 있는 크기를 넘으므로</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>인터페이스 %1을(를) 참조하지만 해당 섹션에는 그 앞에 인터페이스가 %2개만 정의되어 있으므로</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>필드를 담기에는 너무 짧은 단순 패킷 블록이므로</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>패킷이지만 해당 섹션에는 그 앞에 정의된 인터페이스가 없으므로</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1이(가) 손상되었습니다. %2은(는) %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap이 관리자 전용으로 설치되어 있습니다. Flowscope를 관리자 권한으로 실행하거나, &quot;Restrict Npcap driver&apos;s access to Administrators only&quot; 옵션을 끄고 Npcap을 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>pcap-filter 구문은 %1 참조</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>&quot;%1&quot;에 아직 기록 데이터베이스가 없습니다. 실시간 캡처 시 만들어집니다(데스크톱 앱이 기록하거나 flowscope-cli record를 실행하십시오).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;을(를) 읽을 수 없습니다(파일에 대한 권한이 없거나, 기록 중일 때 해당 폴더에 대한 권한이 없음). 파일 소유자로 읽거나 파일을 복사하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>&quot;%1&quot;은(는) Flowscope 기록이 아니라 다른 프로그램의 데이터베이스입니다. 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;은(는) 더 새로운 버전의 Flowscope에서 작성되었습니다(스키마 %2, 이 버전은 %3까지만 지원). Flowscope를 업데이트하거나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;이(가) 손상되었습니다(스키마 버전 %2은(는) 어떤 Flowscope도 쓰지 않는 버전임). 파일을 다른 곳으로 옮기고 새 데이터베이스를 시작하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>&quot;%1&quot;에 아직 기록이 없습니다. 실시간 캡처가 이 파일에 기록됩니다.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;의 폴더를 만들 수 없습니다(%2). 다른 파일을 선택하거나 해당 위치에 쓰기를 허용하십시오.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>손상된 기록 데이터베이스 &quot;%1&quot;을(를) 다른 곳으로 옮기지 못했습니다(%2). 직접 옮기거나 삭제하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;이(가) 다른 프로그램에 의해 잠겨 있습니다. 해당 프로그램을 닫은(또는 다른 파일을 선택한) 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;에 쓸 수 없습니다(읽기 전용이거나 권한 없음). 파일과 해당 폴더에 쓰기를 허용하거나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>기록 데이터베이스 &quot;%1&quot;이(가) 손상되었습니다. 파일을 다른 곳으로 옮기고 새 데이터베이스를 시작하십시오(기존에 기록된 내용은 읽을 수 없습니다).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;이(가) 있는 디스크가 가득 찼습니다. 공간을 확보하거나 기록 크기 제한을 낮춘 후 기록을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;을(를) 열 수 없습니다. 해당 폴더가 있고 쓰기가 가능한지 확인하거나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;을(를) 열 수 없습니다(%2). 해당 폴더가 있고 쓰기가 가능한지 확인하거나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;을(를) 읽거나 쓰지 못했습니다(입출력 오류). 파일이 있는 디스크를 확인하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;을(를) 읽거나 쓰지 못했습니다(입출력 오류: %2). 파일이 있는 디스크를 확인하십시오.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>기록 데이터베이스 &quot;%1&quot;에서 예기치 않은 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>기록 데이터베이스 &quot;%1&quot;에서 예기치 않은 오류가 발생했습니다(%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>링크 유형 %1에는 캡처 필터를 적용할 수 없어 해당 유형의 프레임은 제외되었습니다.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>디스크 속도가 너무 느려 프레임 %1개를 %2에 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope는 링크 유형 %1을(를) 디코딩하지 않습니다. 해당 패킷은 비IP로 집계되며 연결을 이루지 않습니다. 내용을 보려면 Wireshark에서 캡처를 여십시오.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>역방향 DNS가 꺼져 있습니다: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>프로세스를 식별할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>이벤트 버퍼가 가득 차서 커널이 소켓 이벤트를 버렸으므로 일부 짧은 연결에는 프로그램이 표시되지 않을 수 있습니다. 이벤트 버퍼를 늘리십시오(설정 또는 --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>알 수 없는 오류로 실패했습니다.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>구성 요소 &quot;%1&quot;이(가) 중지되었습니다: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>수집기 &quot;%1&quot;을(를) 확인할 수 없습니다(%2). 주소나 알려진 호스트 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>수집기 %1에 대한 UDP 소켓을 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>AS 번호만 있고 국가 정보는 없습니다</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>국가 정보만 있고 AS 번호는 없습니다</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>국가 정보도 AS 번호도 없습니다</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>국가 데이터베이스(GeoLite2 또는 GeoIP2 Country/City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>AS 데이터베이스(GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>파일 &quot;%1&quot;(%2)에는 %3. %4를 선택하십시오.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>유형 없음</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;이(가) 없습니다. 경로를 확인하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>&quot;%1&quot;은(는) 데이터베이스 파일이 아니라 폴더입니다. .mmdb 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;을(를) 읽을 수 없습니다(권한 거부). 파일 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;을(를) 열 수 없습니다(%2). 디스크와 경로를 확인하십시오.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>데이터베이스 파일 &quot;%1&quot;이(가) 손상되었습니다(%2). 파일을 다시 다운로드하십시오.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;을(를) 읽지 못했습니다. 디스크를 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>&quot;%1&quot;은(는) MaxMind DB(.mmdb) 파일이 아니거나 메타데이터가 손상되었습니다. GeoLite2, GeoIP2, DB-IP 또는 IPinfo .mmdb 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;을(를) 로드할 수 없습니다(파일에 기록된 크기가 메모리에 들어갈 수 없는 값이므로 파일이 손상되었을 가능성이 높음). 파일을 다시 다운로드하십시오.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>&quot;%2&quot;에서 %1을(를) 조회하지 못했습니다(%3). 파일을 다시 다운로드하십시오.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>&quot;%2&quot;에 있는 %1의 레코드를 읽을 수 없습니다(%3). 파일을 다시 다운로드하십시오.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;을(를) 읽을 수 없습니다(%2). 디스크와 경로를 확인하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>&quot;%1&quot;이(가) 비어 있습니다. GeoLite2, GeoIP2, DB-IP 또는 IPinfo .mmdb 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>&quot;%1&quot;은(는) 일반 파일이 아닙니다. GeoLite2, GeoIP2, DB-IP 또는 IPinfo .mmdb 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;의 개별 사본을 만들 메모리가 부족합니다(%2). 다른 프로그램을 닫은 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;이(가) 읽는 동안 계속 변경되었습니다. 파일 쓰기가 끝난 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>차단 목록 파일 %1이(가) 없습니다. 경로를 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1은(는) 차단 목록 파일이 아니라 폴더입니다. 폴더 안의 목록 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1은(는) 일반 파일이 아닙니다(파이프, 소켓 또는 장치). 목록 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>차단 목록 파일 %1을(를) 읽을 수 없습니다(%2). 파일 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1에 바이너리 데이터가 있으므로(오프셋 %2에 값이 0인 바이트) 텍스트 차단 목록이 아닙니다. 일반 텍스트 IP/CIDR 목록을 선택하십시오.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>차단 목록 파일 %1을(를) %2바이트까지 읽은 후 읽기에 실패했습니다. 디스크를 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1에 주소가 없습니다(비어 있거나 주석만 있음). IP 주소 또는 접두사가 하나 이상 있는 목록을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%2에 있는 주석이 아닌 줄 %1개 중 IP 주소나 접두사인 줄이 하나도 없으므로 차단 목록이 아닙니다. 일반 텍스트 IP/CIDR 목록을 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1에 단어가 두 개 이상 있습니다</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1은(는) IPv4 또는 IPv6 주소나 접두사가 아닙니다</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>%1의 접두사 길이는 0에서 %2 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>%1번째 줄이 %2자보다 길어서 이 줄을 건너뜁니다(목록의 나머지는 그대로 로드됩니다).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>%1번째 줄: %2. 따라서 이 줄을 건너뜁니다(목록의 나머지는 그대로 로드됩니다).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>%1번째 줄: %2에 접두사 길이를 넘는 비트가 설정되어 있습니다. %3(으)로 로드됩니다.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>알려진 프로그램 목록 파일 %1은(는) 일반 파일이 아닙니다. 새 프로그램은 Flowscope를 종료할 때까지만 기억됩니다.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>알려진 프로그램 목록 파일 %1을(를) 읽을 수 없습니다(%2). 새 프로그램은 Flowscope를 종료할 때까지만 기억됩니다.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>알려진 프로그램 목록 파일 %1이(가) 손상되었습니다(프로그램 목록이 아님). 새 목록을 시작하려면 파일을 다른 곳으로 옮기십시오. 새 프로그램은 Flowscope를 종료할 때까지만 기억됩니다.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>알려진 프로그램 목록 파일 %1을(를) 끝까지 읽지 못했습니다. 새 프로그램은 Flowscope를 종료할 때까지만 기억됩니다.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>알려진 프로그램 목록 파일 %1에 쓸 수 없습니다(임시 파일 %2에 쓰지 못함). 새 프로그램은 Flowscope를 종료할 때까지만 기억됩니다.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>알려진 프로그램 목록 파일 %1을(를) 교체할 수 없습니다(%2). 새 프로그램은 Flowscope를 종료할 때까지만 기억됩니다.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>작업이 허용되지 않음</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>해당 파일이나 디렉터리가 없음</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>입출력 오류</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>해당 장치나 주소가 없음</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>리소스를 일시적으로 사용할 수 없음</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>메모리를 할당할 수 없음</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>권한 거부</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>장치나 리소스가 사용 중임</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>파일이 이미 있음</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>해당 장치가 없음</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>디렉터리가 아님</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>디렉터리임</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>잘못된 인수</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>시스템에 열린 파일이 너무 많음</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>열린 파일이 너무 많음</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>파일이 너무 큼</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>장치에 남은 공간이 없음</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>읽기 전용 파일 시스템</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>파이프가 끊어짐</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>파일 이름이 너무 김</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>심볼릭 링크 단계가 너무 많음</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>메시지가 너무 김</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>프로토콜에서 지원하지 않는 주소 패밀리</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>주소가 이미 사용 중임</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>요청한 주소를 할당할 수 없음</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>네트워크가 다운됨</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>네트워크에 연결할 수 없음</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>소프트웨어로 인해 연결이 중단됨</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>상대방이 연결을 재설정함</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>사용 가능한 버퍼 공간이 없음</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>전송 엔드포인트가 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>연결 시간 초과</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>연결이 거부됨</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>호스트로 가는 경로가 없음</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>디스크 할당량 초과</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1. 대신 Flowscope의 기본 제공 국가 데이터베이스를 사용합니다.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1. 대신 Flowscope의 기본 제공 AS 데이터베이스를 사용합니다.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1. 기본 제공 국가 데이터베이스도 사용할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1. 기본 제공 AS 데이터베이스도 사용할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>국가 데이터베이스 &quot;%1&quot;이(가) 디스크에서 변경되었습니다. Flowscope가 파일을 확인했으며 다시 사용합니다.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>AS 데이터베이스 &quot;%1&quot;이(가) 디스크에서 변경되었습니다. Flowscope가 파일을 확인했으며 다시 사용합니다.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>사용 중에 국가 데이터베이스가 변경되었습니다: %1. 파일을 다시 사용할 수 있을 때까지 Flowscope는 기본 제공 국가 데이터베이스를 사용합니다.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>사용 중에 AS 데이터베이스가 변경되었습니다: %1. 파일을 다시 사용할 수 있을 때까지 Flowscope는 기본 제공 AS 데이터베이스를 사용합니다.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>IPFIX 메시지를 %1에 전송하지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>IPFIX 메시지를 수집기에 전송하지 못했습니다(%1). 수집기가 %2에서 수신 대기 중입니까?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>일부만 전송됨</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>수집기가 메시지를 충분히 빠르게 받지 못함(%1 KiB 대기열이 가득 참)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>주소 %1개 시도: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>수집기에 연결하지 못함(%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>수집기가 연결을 닫음</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>수집기가 마지막 메시지를 제때 받지 않음</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>%1을(를) 열기 전에</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>캡처 도우미 %1이(가) 30초 안에 %2을(를) 열지 못했습니다. 캡처를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>%1에서 캡처하는 중에</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>종료 상태 %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>시그널 %1(으)로 종료됨, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>시그널 %1(으)로 종료됨</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>상태 %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope가 캡처 도우미를 시작하지 못했습니다(pipe: %1). 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope가 캡처 도우미 %1을(를) 시작하지 못했습니다(%2). Flowscope를 다시 설치하거나 FLOWSCOPE_CAPTURE=direct를 설정하십시오.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>상태를 알 수 없음</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>캡처 도우미 %1이(가) %2 예기치 않게 중지되었습니다(%3). 캡처를 다시 시작하고, 계속 중지되면 시스템 로그를 확인하십시오.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>캡처 도우미 %1이(가) Flowscope에서 읽을 수 없는 데이터를 보냈습니다(%2). 캡처 도우미가 이 버전의 Flowscope에 속하는지 확인하고 캡처를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>캡처 도우미가 권한(capability)을 내려놓지 못했습니다(%1). 캡처는 작동하지만 캡처 도우미가 계속 높은 권한으로 실행됩니다.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>netlink를 통해 소켓 테이블을 읽지 못했습니다(%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1을(를) 읽을 수 없습니다(%2). 소켓 테이블을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>이 이벤트는 캡처 도우미가 로드합니다.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF 소켓 이벤트가 꺼져 있습니다: %1. 대신 소켓 테이블 스냅샷으로 소켓 소유자를 찾습니다.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>이 Flowscope 빌드는 eBPF를 지원하지 않습니다(빌드할 때 libbpf, clang 또는 bpftool이 없었습니다)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>이벤트를 로드하려면 root 권한 또는 CAP_BPF 및 CAP_PERFMON 권한이 필요합니다(커널이 잠금 모드가 아니어야 합니다)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>커널이 추적기를 거부했습니다(%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>트레이스포인트에 연결하려면 root 권한 또는 CAP_PERFMON 권한이 필요합니다</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>커널에 이벤트에 필요한 트레이스포인트가 없습니다(sock_send_length 및 sock_recv_length는 Linux 6.3에서 추가되었습니다)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>추적기를 열 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>커널에 BTF 타입 정보가 없습니다(/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>eBPF 소켓 이벤트(커널 트레이스포인트)로 소켓 소유자를 찾고, 대체 수단으로 소켓 테이블 스냅샷을 사용합니다.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>선택한 대로 소켓 테이블 스냅샷으로 소켓 소유자를 찾습니다.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>소켓 테이블 스냅샷으로 소켓 소유자를 찾습니다: eBPF 소켓 이벤트는 Linux에서만 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>수집기의 주소나 호스트 이름을 입력하십시오(예: 192.0.2.10 또는 collector.example.org).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>&quot;%1&quot;은(는) IP 주소도 호스트 이름도 아닙니다. 192.0.2.10 또는 collector.example.org와 같은 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>포트 &quot;%1&quot;이(가) 허용 범위를 벗어났습니다. 1에서 65535 사이의 숫자를 입력하십시오(IPFIX 수집기는 보통 4739 포트에서 수신 대기합니다).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>호스트 이름 &quot;%1&quot;을(를) 주소로 확인할 수 없습니다. 철자를 확인하거나 수집기의 IP 주소를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>보고서를 %1에 쓸 수 없습니다(%2). 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>네트워크(AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>알 수 없는 애플리케이션</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>알 수 없는 호스트</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>알 수 없는 서비스</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>알 수 없는 국가</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>알 수 없는 네트워크</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>아직 기록이 없습니다. 실시간 캡처는 %1에 기록되며(설정 → 기록), 기록된 트래픽이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>기록 데이터베이스 %1이(가) 손상되었거나 기록 데이터베이스가 아닙니다. 파일을 다른 곳으로 옮기거나 삭제하면 다음 실시간 캡처에서 새 데이터베이스를 시작합니다.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>서비스 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>애플리케이션 %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>이 Flowscope 빌드는 eBPF를 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF 소켓 이벤트는 Linux에서만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>커널에 BTF 타입 정보가 없습니다.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>캡처 도우미가 eBPF를 사용하려면 CAP_BPF 및 CAP_PERFMON 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF를 사용하려면 root 권한 또는 CAP_BPF 및 CAP_PERFMON 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>커널에 필요한 트레이스포인트가 없습니다(Linux 6.3 이상 필요).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>캡처 도우미가 로드한 eBPF 소켓 이벤트로 프로그램을 찾고, 대체 수단으로 스냅샷을 사용합니다.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>eBPF 소켓 이벤트로 프로그램을 찾고, 대체 수단으로 스냅샷을 사용합니다.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>선택한 대로 소켓 테이블 스냅샷으로 프로그램을 찾습니다.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>소켓 테이블 스냅샷으로 프로그램을 찾습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>이벤트 버퍼가 가득 차서 소켓 이벤트 %n개가 손실되었습니다. 버퍼를 키우면 보존됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1년</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>%1에서 진행한 마지막 실시간 캡처를 재개하지 못했습니다. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>설정에 저장된 트래픽 속도 규칙 &quot;%1&quot;을(를) 읽을 수 없어 무시합니다. 설정에서 규칙을 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>설정에 저장된 데이터 한도 규칙 &quot;%1&quot;을(를) 읽을 수 없어 무시합니다. 설정에서 규칙을 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>즐겨찾기 호스트 &quot;%1&quot;은(는) IP 주소가 아니므로 무시합니다.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>즐겨찾기 서비스 &quot;%1&quot;은(는) tcp/443 형식이 아니므로 무시합니다.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … 그 밖에 문제가 있는 줄이 %2개 더 있습니다.</translation>
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
        <translation>%1 별표 해제</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 별표 표시</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>별표 표시/해제</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>별표 항목만</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>별표 표시한 항목만 표시(항목을 마우스 오른쪽 단추로 클릭하거나 Ctrl+D를 눌러 별표 표시)</translation>
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
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>수신 %1 · 송신 %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>최다 사용: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>캡처 중</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>읽지 않은 알림 %1개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 지우기</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>down</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>루프백</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>무선</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>최근 1분간 %1의 트래픽</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1은(는) 트래픽 카운터를 제공하지 않습니다</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>어댑터</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>새 프로그램</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>차단 목록에 있는 주소</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>트래픽 속도</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>즐겨찾기 활동</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>데이터 한도</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>캡처 문제</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (음소거됨)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>전달되지 않음: 알림이 음소거된 상태였습니다.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>오늘 기록에는 아직 이 애플리케이션의 트래픽이 없습니다.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>오늘 자정 이후(기록): 수신 %1, 송신 %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>최근 1분간의 수신 + 송신 속도(가장 최근 값이 오른쪽)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>수신 속도</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>송신 속도</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>총 수신</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>총 송신</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>애플리케이션 %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>애플리케이션의 연결을 검사하려면 두 번 클릭하거나 Enter 키를 누르십시오</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>애플리케이션 정보는 실시간 캡처에서만 알 수 있습니다. 어떤 프로그램이 네트워크를 사용하는지 보려면 어댑터에서 캡처를 시작하십시오.</translation>
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
        <translation>두 번 클릭하면 기본 창으로 돌아가고, 끌면 이동합니다.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>송신</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>아직 애플리케이션 없음(실시간 캡처만 해당)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>미니 창(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>캡처하지 않음</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>%1에서 일시 중지됨</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>%1에서 캡처 중</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>%1 읽기 일시 중지됨</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 읽는 중</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>기본 창 표시</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2바이트)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>모든 필드를 한 줄에 하나씩 복사</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>로컬</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>원격</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>서비스 포트</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>수신 바이트</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>송신 바이트</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>수신 패킷</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>송신 패킷</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>수신 속도</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>송신 속도</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>처음 확인</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP 플래그</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>플로우 ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>이름 출처</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>주소 종류</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>세부 정보를 보려면 연결을 선택하십시오.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>더 이상 표에 없음</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>활성 연결만</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>별표 항목만</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>연결 검색</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>모든 프로토콜</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>모든 방향</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>주로 송신</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>주로 수신</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>주소 또는 CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>주소(10.1.2.3, 2001:db8::1) 또는 네트워크(10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>모든 애플리케이션</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>국가, AS 또는 도메인</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>국가 코드(US), AS 번호(AS15169) 또는 도메인(google.com은 www.google.com과도 일치). 공백으로 구분하여 여러 개를 입력하면 모두 적용됩니다</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>마지막 간격 동안 트래픽이 있었던 연결만 표시</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>별표 표시한 호스트, 서비스 또는 애플리케이션의 연결만 표시</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>애플리케이션 %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>주소나 네트워크가 아닙니다. 이전 필터가 계속 적용됩니다</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>숨김(사용자 %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>사용자 %1의 소켓입니다. 해당 프로그램을 보려면 더 높은 권한으로 Flowscope를 실행하십시오.</translation>
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
경로 %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
사용자 %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
포트 %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>캡처 파일에는 현재 속도가 없습니다. 시간에 따른 트래픽은 개요 차트에서 확인하십시오.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>마지막 갱신 간격 동안의 초당 바이트 수</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>실시간 캡처 전용: 캡처 파일에는 현재 속도가 없습니다</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>로컬</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>원격</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>수신 바이트</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>송신 바이트</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>수신 패킷</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>송신 패킷</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>수신 속도</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>송신 속도</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>처음 확인</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>이 연결을 소유한 프로그램을 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (출처: %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>%1 국기</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>%1 프로그램 아이콘</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>프로그램이 네트워크를 처음 사용할 때 알림</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>알림마다 소리 재생</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>음소거 해제</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>웹훅 주소</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (선택 사항)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>각 알림은 이 주소로도 JSON POST 요청으로 전송됩니다(본문 형식은 docs/notifications.md 참조).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>새 프로그램:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>소리:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>웹훅:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>음소거:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>http:// 또는 https:// 주소가 아닙니다. 이 주소로는 알림이 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>%1까지 모든 알림.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>다음 규칙: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>음소거된 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>이 규칙 음소거</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>D-Bus 세션 버스가 없습니다.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>이 환경에서는 D-Bus를 통한 데스크톱 알림을 사용할 수 없습니다.</translation>
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
        <translation>보기 전용으로 연 캡처 파일은 설정 → 내보내기에서 &quot;보기 전용으로 연 캡처 파일도 전송&quot;을 켠 경우에만 수집기로 전송됩니다.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>이 Flowscope 빌드는 수집기로 플로우를 전송할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>레코드 %1개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>메시지 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 전송(%2), %3 폐기.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>전송 중인 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>이 캡처의 플로우는 전송되지 않습니다: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>%1에 전송 중: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>마지막 캡처가 끝났습니다. %1에 전송함: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>수집기에 연결할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: 전송 안 함</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: 수집기에 연결할 수 없음</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 전송, %2개 폐기</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 전송</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>수집기로 플로우 전송(IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>모든 연결이 해당 프로그램 정보와 함께 IPFIX 레코드로 사용자가 운영하는 수집기(nfdump, pmacct, GoFlow2, ElastiFlow, ntopng)에 전송됩니다.</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>보기 전용으로 연 캡처 파일도 전송</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>변경 사항은 다음 캡처부터 적용됩니다. 진행 중인 캡처는 시작할 때의 설정대로 계속 전송합니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>수집기</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>주소 또는 호스트 이름(예: 192.0.2.10)</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP(일반적인 방식, 수집기가 중지되어 있으면 유실됨)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP(다시 연결함, 수집기가 중지된 동안 대기열에 보관)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>전송 프로토콜:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>활성 시간 제한:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>진행 중인 플로우를 이 간격마다 보고합니다.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>유휴 시간 제한:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>이 시간 동안 트래픽이 없는 플로우는 종료된 것으로 보고합니다.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>관찰 도메인 ID:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>기업 번호:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Flowscope 고유 요소(프로세스 ID, 프로그램 경로, 호스트 이름)를 전송할 때 사용하는 PEN(Private Enterprise Number)입니다.</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>기본값 32473은 RFC 5612에서 문서용으로 지정한 번호이며, 자신의 번호로 바꿀 때까지 쓰는 임시 값입니다.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>이 Flowscope 빌드는 수집기로 플로우를 전송할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>패킷/초</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>천 패킷/초</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>백만 패킷/초</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>십억 패킷/초</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>public</source>
        <translation>공인</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>루프백</translation>
    </message>
    <message>
        <source>private</source>
        <translation>사설</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>링크 로컬</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>멀티캐스트</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>브로드캐스트</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>예약됨(bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS 서버 이름(SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP Host 헤더</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS 응답</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS PTR 응답</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>역방향 DNS 조회</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>애플리케이션의 호스트</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2일간의 일별 사용량 및 표시된 범위의 상위 호스트</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>애플리케이션별로 그룹화한 후 표에서 애플리케이션을 하나 선택하면 일별 사용량과 상위 호스트를 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>트래픽 기록</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
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
        <translation>↓ 수신 · ↑ 송신</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: 수신 %2, 송신 %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>전체: 수신 %1, 송신 %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>이 구간의 연결을 보려면 클릭하십시오</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>이 범위에는 트래픽이 없습니다.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>이 범위: 수신 %1, 송신 %2. 가장 많은 트래픽: %3 (%4). 가장 바쁜 시간: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>원격</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>In</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>송신</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>처음 확인</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 확인</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>일별 트래픽</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>송신</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
수신 %2, 송신 %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>이 범위에는 트래픽이 없습니다.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>%1일간: 수신 %2, 송신 %3. 가장 바쁜 날: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>기록 페이지의 표를 CSV 또는 JSON 파일로 저장(Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>트래픽 합계</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>차트를 클릭하면 해당 시간의 연결 목록이 표시됩니다.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>선택한 기간의 연결</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>기록 다시 읽기(F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>그룹 기준:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>%1 동안 열려 있던 연결:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>기록 데이터베이스 %1이(가) 손상되어 이 캡처는 기록되지 않습니다(실시간 보기는 계속됨). 파일을 따로 옮기면 기존 파일은 그대로 보존되고 새 데이터베이스가 시작됩니다.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>기록 데이터베이스 %1을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>이 캡처는 기록되지 않습니다. 실시간 보기는 계속됩니다.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope가 기록을 저장할 위치를 알 수 없습니다(홈 폴더 없음). 보기 → 설정 → 기록에서 데이터베이스 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>손상된 기록 데이터베이스를 %1 이름으로 보존했습니다. 새 데이터베이스에 계속 기록합니다.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>손상된 기록 데이터베이스를 %1 이름으로 보존했습니다. 다음 실시간 캡처에서 새 데이터베이스를 시작합니다.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>기록 일시 중지</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>기록을 재개할 때까지 이 캡처의 트래픽을 기록에 남기지 않음</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>알려진 데이터베이스 파일이 없습니다. 위에서 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>아직 기록된 내용이 없습니다. 파일은 처음으로 기록되는 실시간 캡처에서 만들어집니다.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, 아직 기록된 트래픽 없음.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, %2부터 %3까지의 트래픽, 연결 %4개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>실시간 캡처를 기록에 저장</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>보기 전용으로 연 캡처 파일은 기록되지 않습니다. 트레이와 캡처 메뉴의 &quot;기록 일시 중지&quot;를 사용하면 사적인 시간을 기록에서 제외할 수 있습니다.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>보존 기간은 진행 중인 캡처에도 즉시 적용됩니다. 기록 켜기/끄기와 데이터베이스 파일 변경은 다음 실시간 캡처부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>보존</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>영구</translation>
    </message>
    <message>
        <source> connections</source>
        <translation>개</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>분 단위 데이터:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>시간 단위 데이터:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>일 단위 데이터:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>최대 연결 수:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>크기 제한:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>오래된 분 단위 데이터는 시간 단위로, 시간 단위 데이터는 일 단위로 합산되므로 합계는 정확하게 유지됩니다. 크기 제한을 넘으면 가장 오래된 행부터 연결, 분, 시간, 일 단위 데이터 순으로 삭제됩니다.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>기록 데이터베이스 파일</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>다시 기본 위치 사용</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>기록은 이 컴퓨터에 있는 SQLite 파일 하나이며, 외부로 전송되지 않습니다. flowscope-cli report도 같은 파일을 읽습니다. 비워 두면 기본 위치(%1)를 사용합니다.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>이 환경에서는 알 수 없음(홈 폴더 없음)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>현재 내용:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>기록 데이터베이스 선택</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>기록 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>수신 %1, 송신 %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>In</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>송신</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>패킷</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: 검색, Ctrl+D: 호스트·서비스·애플리케이션에 별표 표시, Ctrl+Shift+C: 열 선택</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>연결 세부 정보</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>연결 검색</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>열 선택</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>시스템 기본값(%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>새 언어는 Flowscope를 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>캡처 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패함</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> 보기 → 설정…에서 다른 파일을 선택하거나, 기본 제공 파일을 사용하려면 입력란을 비우십시오.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>캡처 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>캡처 일시 중지 또는 재개(Space, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>캡처 중지(Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>Flowscope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>캡처(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>검사(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>애플리케이션(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>알림(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>기록(&amp;H)</translation>
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
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>캡처</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>캡처 파일 열기</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>캡처 파일 (*.pcap *.pcapng *.cap *.dmp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;네트워크 모니터: 이 컴퓨터가 누구와 통신하는지 실시간으로 또는 캡처 파일에서 보여 줍니다.&lt;/p&gt;&lt;p&gt;빌드: Qt %2(실행 중인 Qt: %3).&lt;br&gt;캡처 라이브러리: %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS 데이터: &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt;, &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;국기 아이콘: &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;데이터베이스 읽기: libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Flowscope 정보</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>패킷 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1개 손실</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>실시간 캡처 중에 프로그램을 찾습니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>시간에 따른 트래픽</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>최근 %1초</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>알림의 연결을 검사하려면 두 번 클릭하거나 Enter 키를 누르십시오</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>아직 알림이 없습니다. 실시간 캡처 중에는 네트워크를 처음 사용하는 프로그램과 설정에서 지정한 규칙에 대한 알림이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%2개 중 %1개 읽지 않음</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>초과 기준</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>For</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>속도 규칙</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>속도 규칙 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>한도를 넘는 트래픽 속도</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>데이터양 한도</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>데이터 한도 추가</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>한도를 넘는 데이터양</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>모든 트래픽</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>비워 두면 모든 트래픽, 그렇지 않으면 프로그램의 경로 또는 이름</translation>
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
        <translation>초</translation>
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
        <translation>하루</translation>
    </message>
    <message>
        <source>month</source>
        <translation>한 달</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>차단 목록 파일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>차단 목록 선택</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP 목록 (*.netset *.ipset *.txt *.list);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>일반 텍스트 IP/CIDR 목록(한 줄에 항목 하나, # 주석, FireHOL에서 게시하는 형식), IPv4 및 IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>차단 목록</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>로드되지 않음</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>별표 항목</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>다시 알리기 전 유휴 시간</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>개요, 검사, 애플리케이션 페이지에서 호스트, 서비스, 애플리케이션에 별표를 표시하십시오.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>서비스 %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>애플리케이션 %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>수신 바이트</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>수신된 IP 트래픽</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>송신 바이트</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>송신된 IP 트래픽</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>패킷</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>캡처된 모든 프레임</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>패킷/초</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>최근 1초 동안의 패킷</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>플로우</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>지금까지 확인된 연결</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>커널, 어댑터 또는 Flowscope 대기열에서 손실된 프레임</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>캡처된 시간 범위</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;트래픽&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>단위:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>바이트/초</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>비트/초</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>패킷/초</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>상위 애플리케이션</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>애플리케이션을 클릭하여 연결을 검사하십시오</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>상위 호스트</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>상위 서비스</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>서비스 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>애플리케이션 %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>항목을 클릭하여 연결을 검사하십시오</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>지금까지 확인된 연결(현재 표에 %1개)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>연결을 사용하는 프로그램</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>프로그램 찾기 방법</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>자동(허용되면 eBPF, 아니면 스냅샷)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF 소켓 이벤트</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>스냅샷만</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>이벤트 버퍼</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>다음 실시간 캡처부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>프로그램 찾기 방법:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>이벤트 버퍼:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>기존 파일을 옮기고 새로 시작</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>국가 데이터베이스:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS 데이터베이스:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>비워 두면 기본 제공 DB-IP Lite 데이터베이스를 사용합니다. GeoLite2, GeoIP2, DB-IP, IPinfo MMDB 파일을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>주소의 호스트 이름 조회(역방향 DNS, 실시간 캡처)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>국가 데이터베이스 파일</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS 데이터베이스 파일</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>기본 제공(DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>데이터베이스 선택</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB 파일 (*.mmdb);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>기본 제공 데이터베이스를 계속 사용합니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>캡처를 pcap 파일로 저장</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>캡처 시작</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>캡처 파일 열기…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;네트워크 살펴보기&lt;/h2&gt;실시간으로 캡처할 어댑터를 선택하거나 캡처 파일을 여십시오.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Flowscope가 이 컴퓨터에서 캡처할 수 있는지 확인하는 중…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>캡처 필터(&amp;F):</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF 식(예: tcp port 443 또는 host 10.0.0.1, 비워 두면 모두 캡처)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>네트워크 어댑터</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>캡처를 저장할 파일</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>캡처 파일</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>최근 파일:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>최근 캡처 파일</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>필터 없음: 모든 패킷을 캡처합니다.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>유효함</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>먼저 캡처 필터를 수정하십시오</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>캡처를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap 파일 (*.pcap);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>캡처 파일 열기</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>캡처 (*.pcap *.pcapng *.cap);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>캡처 파일은 계속 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>연 파일이 여기에 표시됩니다</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>시작 옵션</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>로그인할 때 Flowscope 시작</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Flowscope를 시작할 때 마지막 실시간 캡처 재개</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>로그인하면 Flowscope가 창 없이 트레이에서 시작됩니다.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>캡처 파일이나 어댑터를 지정하지 않고 Flowscope를 시작하면 마지막 실시간 캡처의 어댑터와 필터로 다시 캡처합니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>테마 폴더 열기(&amp;T)…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (잘못됨)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>테마 파일 %1을(를) 사용하지 않았습니다: %2 파일을 수정한 다음 보기 → 테마에서 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>파일이 64 KB보다 큽니다. 테마는 몇 가지 색의 목록입니다(docs/themes.md 참고).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>파일에 &quot;name = …&quot; 줄이 없습니다. 표시할 이름이 있는 줄을 추가하십시오.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>%1번째 줄: &quot;키 = 값&quot; 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>%1번째 줄: &quot;%2&quot;이(가) 두 번 지정되었습니다. 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>%1번째 줄: 이름은 UTF-8 텍스트 1~80자여야 합니다.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>%1번째 줄: based-on은 &quot;light&quot; 또는 &quot;dark&quot;여야 합니다.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>%1번째 줄: 알 수 없는 키 &quot;%2&quot;. 테마가 설정할 수 있는 키는 docs/themes.md에 있습니다.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>%1번째 줄: &quot;%2&quot;은(는) 색이 아닙니다. #rrggbb 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>테마 파일 %1은(는) 읽기 어렵습니다: %3 위의 %2 대비가 %4:1에 불과하여 텍스트에 필요한 4.5:1보다 낮습니다. 파일에서 이 색들의 차이를 더 크게 하십시오.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
수신 %2, 송신 %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>송신</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>시간에 따른 트래픽</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>트래픽 없음</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>파일: 끌어서 시간 범위를 확대하고, 마우스 오른쪽 단추를 클릭하여 축소합니다(키보드: +, -, 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>%1 동안 트래픽 없음</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>아직 트래픽이 없습니다.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>최근: 수신 %1, 송신 %2. 최고: %4에 수신 %3, %6에 송신 %5.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>창 표시</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>어댑터 전환</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>개요 열기</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>애플리케이션 열기</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>알림 열기</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>알림 음소거</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1시간 동안</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>내일까지</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>음소거 해제</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>미니 창</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없으므로(GNOME에서는 AppIndicator 확장이 필요함) 창을 닫으면 Flowscope가 종료됩니다.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없으므로(GNOME에서는 AppIndicator 확장이 필요함) 최소화된 상태로 시작하지 않고 창을 표시합니다.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>창 숨기기</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>어댑터 없음</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>%1에서 캡처할 수 없음</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope가 모니터링을 계속합니다</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>트레이 아이콘을 누르면 창이 다시 열리며, 종료는 트레이 아이콘 메뉴에 있습니다.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>트레이</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>매번 묻기</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>트레이에서 모니터링 계속</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>창을 닫을 때:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>http:// 또는 https:// 주소가 아님</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 상태 %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>알림 웹훅 %1 호출에 실패했습니다(%2). 알림은 알림 페이지에 계속 표시됩니다. 설정에서 주소를 확인하십시오.</translation>
    </message>
</context>
</TS>
