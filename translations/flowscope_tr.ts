<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 ve %2 tane daha</numerusform>
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
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Tüm trafik</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>%1 trafiği</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Favori ana bilgisayar %1 etkin</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Favori hizmet %1 etkin</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Favori program %1 etkin</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 program ağı ilk kez kullandı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Engelleme listesindeki %1 adrese bağlantı kuruldu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 trafik hızı kendi sınırının üzerinde kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 favori etkin hâle geldi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 veri kotası aşıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 yakalama sorunu</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>İlk bağlantılar: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Engelleme listelerinde bulunan şu adreslere bağlantı kuruldu: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Trafik, sınırının üzerinde kaldı: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Trafik başladı: %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Trafik, kotasını aştı: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Yakalamada sorun oluştu: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 ağı ilk kez kullandı</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1, %2 engelleme listesinde</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: %3 sn boyunca %2 üzerinde</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: günlük %2 kotası aşıldı</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: aylık %2 kotası aşıldı</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>Bağdaştırıcı kayboldu</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>Yakalama bir hatayla durdu</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>Yakalama, çerçevelerin %1 kadarını düşürüyor</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 ilk bağlantısını kurdu.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 ilk bağlantısını kurdu (kullanıcı %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>%2 listesinde %3 olarak yer alan %1 adresine bağlantı kuruldu (satır %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5, %2 listesinde %3 olarak yer alan %1 adresine bağlandı (satır %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Trafik başladı: %2 üzerinden %1 ile.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Trafik başladı: %2 üzerinden %1 ile, %3 tarafından.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1, %3 saniye boyunca %2 üzerinde kaldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 bugün %2 oldu ve %3 kotasını aştı.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 bu ay %2 oldu ve %3 kotasını aştı.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>Son %3 sn içinde %2 çerçeveden %1 tanesi kayboldu; bilgisayar veya Flowscope yetişemiyor. Yakalamayı bir filtreyle daraltın veya yoğun çalışan diğer programları kapatın.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope %1 klasörünü oluşturamadı, bu nedenle oturum açıldığında başlamayacak; oraya yazma izniniz olup olmadığını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope %1 dosyasını yazamadı (%2), bu nedenle oturum açıldığında başlamayacak; %3 konumuna yazma izniniz olup olmadığını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope %1 dosyasını kaldıramadı (%2), bu nedenle oturum açıldığında başlamaya devam edecek; %3 konumuna yazma izniniz olup olmadığını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope %1 kayıt defteri değerini yazamadı, bu nedenle oturum açıldığında başlamayacak; hesabınızın bu değeri değiştirme izni olup olmadığını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope %1 kayıt defteri değerini kaldıramadı, bu nedenle oturum açıldığında başlamaya devam edecek; hesabınızın bu değeri değiştirme izni olup olmadığını denetleyip yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>İzin reddedildi: Flowscope&apos;un %1 dosyasını okuma izni yok. Kullanıcınıza dosya için okuma izni verin ya da dosyayı klasörlerinizden birine kopyalayıp yeniden açın.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>&quot;%1&quot; adlı bir ağ bağdaştırıcısı yok. Başlangıç sayfasında listelenen bağdaştırıcılardan birini seçin.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>%1 ağ bağdaştırıcısı yakalama sırasında devre dışı kaldı ya da kayboldu. Bağdaştırıcıyı yeniden bağlayıp yakalamayı yeniden başlatın veya Başlangıç sayfasında başka bir bağdaştırıcı seçin; yakalanan veriler gösterilmeye devam eder.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Hiçbir ağ bağdaştırıcısı seçilmedi; Başlangıç sayfasında bir bağdaştırıcı seçin.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 açılamıyor.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Flowscope&apos;u Kapat</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>İzleme sistem tepsisinde sürdürülsün mü?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope, pencere kapalıyken de yakalamayı ve size bildirim göndermeyi sürdürebilir; tepsi simgesi pencereyi geri getirir. Ya da uygulamadan çıkıp izlemeyi durdurun.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Tepside Tut</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Bir daha sorma (Ayarlar&apos;dan değiştirilebilir)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope ağ bağdaştırıcılarını listeleyemedi (libpcap: %1); sistemin ağ yığınının çalıştığını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap bir filtre derleyicisi hazırlayamadı (bellek yetersiz olabilir); yeniden deneyin veya Flowscope&apos;u yeniden başlatın.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>&quot;%1&quot; yakalama filtresi geçersiz: %2; filtreyi düzeltin (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>bkz. `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk dolu</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>disk kotası doldu</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>dosya izin verilen en büyük boyuta ulaştı</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>disk bir hata bildirdi</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope&apos;un %1 konumuna yazma izni yok (%2); yazabileceğiniz bir klasör seçin.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 bir klasör; yazılacak pcap dosyasının adını verin, örneğin %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>%1 dosyasının klasörü yok; klasörü oluşturun veya başka bir konum seçin.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope %1 dosyasını oluşturamıyor (%2); başka bir konum seçin.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>%1 dosyasına yazma %2 çerçeveden sonra durdu, çünkü %3 (%4); dosya bu çerçeveleri içeriyor ve okunabilir durumda, yakalama ise kaydedilmeden sürüyor: biraz yer açın veya başka bir konum seçin.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>%1 dosyasına yazma %2 çerçeveden sonra durdu, çünkü %3 (%4); son çerçevesi yarım kalmış olabilir, yakalama ise kaydedilmeden sürüyor: biraz yer açın veya başka bir konum seçin.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope %1 dosyasına yazamıyor, çünkü %2 (%3); biraz yer açın veya başka bir konum seçin.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>%1 dosyasına yazma, dosya kapatılırken başarısız oldu (%2); dosyanın tamamı diske yazılamamış olabilir, diski denetleyin veya başka bir konum seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1, %2 içinde yarıda bitiyor (bayt konumu %3): dosya kesilmiş; ondan önceki %4 tam paket okundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>%1 okunurken %2 bayt konumunda hata oluştu (%3); diski denetleyin veya dosyayı yerel bir sürücüye kopyalayın.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 boş (0 bayt), bu nedenle hiç paket içermiyor; Wireshark, tcpdump veya Flowscope ile kaydedilmiş bir yakalama dosyası seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 yalnızca %2 bayt uzunluğunda; bir pcap veya pcapng yakalama dosyası olamayacak kadar kısa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 bir pcap veya pcapng yakalama dosyası değil (bilinmeyen sihirli sayı %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 yok; dosya adını ve klasörü denetleyin.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope&apos;un %1 dosyasını okuma izni yok; kullanıcınıza dosya için okuma izni verin veya dosyayı başka bir yere kopyalayın.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1 açılamıyor (%2); dosyaya erişilebildiğini denetleyin.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 bir yakalama dosyası değil, bir klasör; içinden bir .pcap veya .pcapng dosyası seçin.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>bu yüzden dosyadan hiçbir paket okunamadı (pcapfix dosyayı onarabilir).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>bu yüzden okuma, ondan önceki %1 paketten sonra durdu (pcapfix dosyayı onarabilir).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Hiçbir ağ bağdaştırıcısı seçilmedi; `flowscope-cli interfaces` listesinden birini seçin.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Flowscope&apos;u yönetici ayrıcalıklarıyla çalıştırın veya gerekli yetkiyi bir kez verin: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 yarıda kesilmiş: yalnızca %2 bayt, yani 24 baytlık pcap dosya başlığından az; büyük olasılıkla tamamen yazılmamış veya kopyalanmamış.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1, Flowscope&apos;un okuyamadığı %2.%3 pcap biçim sürümünü kullanıyor; Wireshark&apos;ın &quot;Farklı Kaydet&quot; komutuyla pcapng biçimine dönüştürün.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>%1 numaralı paket</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 bozuk: %3 bayt konumundaki %2 numaralı kaydın başlığı %4 yakalanmış bayt bildiriyor, bu da %5 sınırından fazla, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>&quot;%1&quot; adlı bir ağ bağdaştırıcısı yok; yakalama yapabileceğiniz bağdaştırıcıları listelemek için `flowscope-cli interfaces` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope&apos;un %1 üzerinde yakalama yapma izni yok. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>%1 ağ bağdaştırıcısı devre dışı; bağdaştırıcıyı etkinleştirin (veya takın) ve yakalamayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>%1 ağ bağdaştırıcısı izleme modunu desteklemiyor; başka bir bağdaştırıcı seçin.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope %1 üzerinde yakalamayı başlatamadı (%2: %3); bağdaştırıcıyı denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>&quot;%1&quot; yakalama filtresi %2 üzerine kurulamadı (%3: %4); daha basit bir filtre deneyin.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope %1 üzerinde bir yakalama hazırlayamadı (%2: %3); yeniden deneyin.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>%1 ağ bağdaştırıcısı yakalama sırasında devre dışı kaldı ya da kayboldu (%2: %3); bağdaştırıcıyı yeniden bağlayın veya `flowscope-cli interfaces` ile başka bir bağdaştırıcı seçin.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>%1 üzerinde yakalama başarısız oldu (%2: %3); yakalamayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>%2 bayt konumundaki %1 numaralı blok</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 yarıda kesilmiş: pcapng bölüm başlığının içinde bitiyor; büyük olasılıkla tamamen yazılmamış veya kopyalanmamış.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 bozuk: bölüm başlığı (%2) yalnızca %3 bayt uzunluğunda (en az 28 bayt gerekir), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1, Flowscope&apos;un okuyamadığı pcapng %2.%3 sürümünü kullanıyor; dosyayı Wireshark ile yeniden kaydedin.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 bozuk: bölüm başlığının (%2) bir seçeneği, bloğunun içerdiğinden fazla olan %3 bayt bildiriyor; bu yüzden dosyadan hiçbir paket okunamıyor (pcapfix dosyayı onarabilir).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 bozuk: arabirim açıklaması (%2) çok kısa.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 bozuk: arabirim açıklamasının (%2) bir seçeneği, bloğunun içerdiğinden fazla olan %3 bayt bildiriyor, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>%1 numaralı blok</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 bozuk: bölüm başlığının (%2) bayt sırası sihirli sayısı geçersiz.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>%1 bayt uzunluğunda, yani 12 baytlık en küçük uzunluğun altında</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>%1 bayt uzunluğunda, bu da 4&apos;ün katı değil</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>hiçbir gerçek bloğun olamayacağı kadar büyük bir uzunluk (%1 bayt) bildiriyor</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>sondaki uzunluk alanı baştakinden farklı (%2 yerine %1)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>alanlarını taşıyamayacak kadar kısa bir paket bloğu</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>bloğunun içerdiğinden fazla, %1 yakalanmış bayt bildiriyor</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>%1 numaralı arabirime başvuruyor, ancak bölümü ondan önce yalnızca %2 arabirim tanımlıyor</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>alanlarını taşıyamayacak kadar kısa bir basit paket bloğu</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>bir paket, ancak bölümü ondan önce hiçbir arabirim tanımlamıyor</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 bozuk: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap yalnızca yöneticiler için kurulmuş: Flowscope&apos;u yönetici olarak çalıştırın veya Npcap&apos;i &quot;Restrict Npcap driver&apos;s access to Administrators only&quot; seçeneği olmadan yeniden kurun.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>pcap-filter söz dizimi için bkz. %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>&quot;%1&quot; konumunda henüz bir geçmiş veritabanı yok; canlı yakalamalar onu oluşturur (masaüstü uygulaması yakalamaları kaydeder veya flowscope-cli record komutunu çalıştırın).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı okunamıyor (veritabanına ya da kaydedilirken klasörüne erişim izni yok); veritabanını sahibi olarak okuyun veya bir kopyasını alın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>&quot;%1&quot; başka bir programın veritabanı, bir Flowscope geçmişi değil; başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı daha yeni bir Flowscope tarafından yazılmış (şema %2, bu sürüm en fazla %3 şemasını tanıyor); Flowscope&apos;u güncelleyin veya başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı bozuk (şema sürümü %2, hiçbir Flowscope bu sürümü yazmaz); veritabanını kenara taşıyın ve yeni bir veritabanı başlatın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>&quot;%1&quot; henüz hiç geçmiş içermiyor; canlı yakalamalar bu dosyaya kaydedilir.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>&quot;%1&quot; geçmiş veritabanının klasörü oluşturulamıyor (%2); başka bir dosya seçin veya oraya yazmaya izin verin.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Bozuk &quot;%1&quot; geçmiş veritabanı kenara taşınamadı (%2); veritabanını kendiniz taşıyın veya silin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı başka bir program tarafından kilitlenmiş; o programı kapatın (veya başka bir dosya seçin) ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>&quot;%1&quot; geçmiş veritabanına yazılamıyor (salt okunur veya izin yok); veritabanına ve klasörüne yazmaya izin verin veya başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>&quot;%1&quot; geçmiş veritabanı bozuk; veritabanını kenara taşıyın ve yeni bir veritabanı başlatın (içine kaydedilenler okunamıyor).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>&quot;%1&quot; geçmiş veritabanının bulunduğu disk dolu; biraz yer açın veya geçmiş boyutu sınırını düşürün, ardından kaydetmeyi yeniden başlatın.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı açılamıyor; klasörünün var olduğunu ve yazılabildiğini denetleyin veya başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı açılamıyor (%2); klasörünün var olduğunu ve yazılabildiğini denetleyin veya başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı okunamadı veya yazılamadı (giriş/çıkış hatası); bulunduğu diski denetleyin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı okunamadı veya yazılamadı (giriş/çıkış hatası: %2); bulunduğu diski denetleyin.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>&quot;%1&quot; geçmiş veritabanı beklenmeyen bir hata verdi.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>&quot;%1&quot; geçmiş veritabanı beklenmeyen bir hata verdi (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Yakalama filtresi %1 bağlantı katmanı türüne uygulanamıyor; bu türdeki çerçeveler dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>Disk çok yavaş olduğu için %1 çerçeve %2 dosyasına yazılamadı.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope %1 bağlantı katmanı türünü çözümlemiyor: bu türün paketleri IP dışı olarak sayılır ve bağlantı oluşturmaz; içeriklerini görmek için yakalamayı Wireshark&apos;ta açın.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Ters DNS kapalı: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>İşlemler belirlenemiyor: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Olay arabelleği dolu olduğu için çekirdek soket olaylarını düşürdü, bu yüzden bazı kısa bağlantıların programı görünmeyebilir; olay arabelleğini büyütün (Ayarlar veya --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>bilinmeyen bir hatayla başarısız oldu.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>&quot;%1&quot; bileşeni durdu: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>&quot;%1&quot; toplayıcısı çözümlenemedi (%2); bir adres veya bilinen bir ana bilgisayar adı girin.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>%1 toplayıcısına UDP soketi açılamadı (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>ülke değil, yalnızca AS numaraları</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>AS numarası değil, yalnızca ülkeler</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>ne ülke ne de AS numarası</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>bir ülke veritabanı (GeoLite2 veya GeoIP2 Country ya da City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>bir AS veritabanı (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>&quot;%1&quot; dosyası (%2) %3 içeriyor; %4 seçin.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>türü belirtilmemiş</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>&quot;%1&quot; veritabanı dosyası yok; yolu denetleyin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>&quot;%1&quot; bir veritabanı dosyası değil, bir klasör; bir .mmdb dosyası seçin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>&quot;%1&quot; veritabanı dosyası okunamıyor (izin reddedildi); dosyanın izinlerini denetleyin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>&quot;%1&quot; veritabanı dosyası açılamıyor (%2); diski ve yolu denetleyin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>&quot;%1&quot; veritabanı dosyası bozuk: %2; dosyayı yeniden indirin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>&quot;%1&quot; veritabanı dosyası okunamadı; diski denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>&quot;%1&quot; bir MaxMind DB (.mmdb) dosyası değil veya meta verileri bozuk; bir GeoLite2, GeoIP2, DB-IP veya IPinfo .mmdb dosyası seçin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>&quot;%1&quot; veritabanı dosyası yüklenemiyor (belirttiği boyutlar belleğe sığmıyor, bu yüzden dosya büyük olasılıkla bozuk); dosyayı yeniden indirin.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>&quot;%2&quot; dosyasında %1 aranamadı, çünkü %3; dosyayı yeniden indirin.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>&quot;%2&quot; dosyasında %1 için kayıt okunamıyor, çünkü %3; dosyayı yeniden indirin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>&quot;%1&quot; veritabanı dosyası okunamıyor (%2); diski ve yolu denetleyin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>&quot;%1&quot; boş; bir GeoLite2, GeoIP2, DB-IP veya IPinfo .mmdb dosyası seçin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>&quot;%1&quot; normal bir dosya değil; bir GeoLite2, GeoIP2, DB-IP veya IPinfo .mmdb dosyası seçin.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>&quot;%1&quot; veritabanı dosyasının özel bir kopyası için yeterli bellek yok (%2); diğer programları kapatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>&quot;%1&quot; veritabanı dosyası okunurken sürekli değişti; dosyanın yazılması bittikten sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>%1 engelleme listesi dosyası yok; yolu denetleyin.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 bir engelleme listesi dosyası değil, bir klasör; içinden bir liste dosyası seçin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 normal bir dosya değil (bir kanal, soket veya aygıt); bir liste dosyası seçin.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>%1 engelleme listesi dosyası okunamıyor (%2); dosyanın izinlerini denetleyin.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 ikili veri içeriyor (%2 bayt konumunda bir sıfır baytı), bu nedenle bir metin engelleme listesi değil; düz metin bir IP/CIDR listesi seçin.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>%1 engelleme listesi dosyası okunurken %2 bayttan sonra hata oluştu; diski denetleyin.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 hiç adres içermiyor (boş veya yalnızca yorum satırlarından oluşuyor); en az bir IP adresi veya önek içeren bir liste seçin.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%2 dosyasındaki yorum olmayan %1 satırın hiçbiri bir IP adresi veya önek değil, bu nedenle dosya bir engelleme listesi değil; düz metin bir IP/CIDR listesi seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 birden fazla sözcük içeriyor</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 bir IPv4 veya IPv6 adresi ya da öneki değil</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>%1 içindeki önek uzunluğu 0 ile %2 arasında bir sayı olmalı</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Satır %1, %2 karakterden uzun, bu nedenle satır atlanıyor (listenin geri kalanı yine de yükleniyor).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Satır %1: %2, bu nedenle satır atlanıyor (listenin geri kalanı yine de yükleniyor).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Satır %1: %2 girdisinde önek uzunluğunun ötesinde ayarlı bitler var; %3 olarak yükleniyor.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>%1 bilinen programlar dosyası normal bir dosya değil. Yeni programlar yalnızca Flowscope kapanana kadar hatırlanır.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 bilinen programlar dosyası okunamıyor (%2). Yeni programlar yalnızca Flowscope kapanana kadar hatırlanır.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>%1 bilinen programlar dosyası bozuk (bir program listesi değil); yeni bir dosya başlatmak için onu başka bir yere taşıyın. Yeni programlar yalnızca Flowscope kapanana kadar hatırlanır.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>%1 bilinen programlar dosyası sonuna kadar okunamadı. Yeni programlar yalnızca Flowscope kapanana kadar hatırlanır.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>%1 bilinen programlar dosyasına yazılamıyor (%2 geçici dosyası yazılamadı); yeni programlar yalnızca Flowscope kapanana kadar hatırlanır.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 bilinen programlar dosyası yenisiyle değiştirilemiyor (%2); yeni programlar yalnızca Flowscope kapanana kadar hatırlanır.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>İşleme izin verilmedi</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Böyle bir dosya ya da dizin yok</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Giriş/çıkış hatası</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Böyle bir aygıt ya da adres yok</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Kaynak geçici olarak kullanılamıyor</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Bellek ayrılamıyor</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>İzin reddedildi</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Aygıt ya da kaynak meşgul</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Dosya zaten var</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Böyle bir aygıt yok</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Bir dizin değil</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Bu bir dizin</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Geçersiz bağımsız değişken</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Sistemde çok fazla açık dosya var</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Çok fazla açık dosya var</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Dosya çok büyük</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Aygıtta boş yer kalmadı</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Salt okunur dosya sistemi</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Bozuk kanal</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Dosya adı çok uzun</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Çok fazla sembolik bağlantı düzeyi</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>İleti çok uzun</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Adres ailesi protokol tarafından desteklenmiyor</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adres zaten kullanımda</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>İstenen adres atanamıyor</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Ağ devre dışı</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Ağa ulaşılamıyor</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Yazılım bağlantının kesilmesine neden oldu</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Bağlantı karşı taraf tarafından sıfırlandı</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Kullanılabilir arabellek alanı yok</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Aktarım uç noktası bağlı değil</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Bağlantı zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Bağlantı reddedildi</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Ana bilgisayara giden yol yok</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Disk kotası aşıldı</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope bunun yerine yerleşik ülke veritabanını kullanıyor.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope bunun yerine yerleşik AS veritabanını kullanıyor.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; yerleşik ülke veritabanı da kullanılamıyor (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; yerleşik AS veritabanı da kullanılamıyor (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>&quot;%1&quot; ülke veritabanı diskte değişti; Flowscope onu denetledi ve yeniden kullanıyor.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>&quot;%1&quot; AS veritabanı diskte değişti; Flowscope onu denetledi ve yeniden kullanıyor.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>Ülke veritabanı kullanımdayken değişti: %1; Flowscope, dosya yeniden kullanılabilir olana kadar yerleşik ülke veritabanını kullanıyor.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>AS veritabanı kullanımdayken değişti: %1; Flowscope, dosya yeniden kullanılabilir olana kadar yerleşik AS veritabanını kullanıyor.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>IPFIX iletileri %1 adresine gönderilemedi: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Bir IPFIX iletisi toplayıcıya gönderilemedi (%1); toplayıcı %2 üzerinde dinliyor mu?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>kısmen gönderildi</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>toplayıcı iletileri yeterince hızlı almıyor (%1 KiB&apos;lık kuyruk doldu)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 adres denendi: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>toplayıcıyla bağlantı kurulamadı (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>toplayıcı bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>toplayıcı son iletileri zamanında almadı</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>%1 bağdaştırıcısını açmadan önce</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>%1 yakalama yardımcısı %2 bağdaştırıcısını 30 saniye içinde açmadı; yakalamayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>%1 üzerinde yakalama yaparken</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>çıkış durumu %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>%1 numaralı sinyalle sonlandırıldı, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>%1 numaralı sinyalle sonlandırıldı</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>durum %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope yakalama yardımcısını başlatamadı (pipe: %1); yeniden deneyin.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope %1 yakalama yardımcısını başlatamadı (%2); Flowscope&apos;u yeniden kurun veya FLOWSCOPE_CAPTURE=direct ortam değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>durumu bilinmiyor</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>%1 yakalama yardımcısı %2 beklenmedik şekilde durdu (%3); yakalamayı yeniden başlatın ve yardımcı durmaya devam ederse sistem günlüğünü denetleyin.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>%1 yakalama yardımcısı, Flowscope&apos;un okuyamadığı veriler gönderdi (%2); yardımcının Flowscope&apos;un bu sürümüne ait olduğundan emin olun ve yakalamayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Yakalama yardımcısı yeteneklerini bırakamadı (%1); yakalama çalışıyor, ancak yardımcı ayrıcalıklı olarak çalışmaya devam ediyor.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Soket tablosu netlink üzerinden okunamadı (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 okunamıyor (%2); soket tablosu kullanılamıyor.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Bunları yakalama yardımcısı yükler.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF soket olayları kapalı: %1; soket sahipleri bunun yerine soket tablosunun anlık görüntülerinden bulunur.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>Flowscope&apos;un bu sürümünde eBPF desteği yok (derlenirken libbpf, clang veya bpftool eksikti)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>bunları yüklemek root ya da CAP_BPF ve CAP_PERFMON yeteneklerini gerektirir (ayrıca çekirdek kilitli olmamalıdır)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>çekirdek izleyiciyi reddetti (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>izleme noktalarına bağlanmak root ya da CAP_PERFMON gerektirir</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>çekirdekte bunların gerektirdiği bir izleme noktası yok (sock_send_length ve sock_recv_length, Linux 6.3 ile geldi)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>izleyici açılamadı (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>çekirdekte BTF tür bilgisi yok (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Soket sahipleri eBPF soket olaylarından (çekirdek izleme noktaları) bulunur; yedek olarak soket tablosunun anlık görüntüleri kullanılır.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Soket sahipleri, seçtiğiniz gibi soket tablosunun anlık görüntülerinden bulunur.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Soket sahipleri soket tablosunun anlık görüntülerinden bulunur: eBPF soket olayları yalnızca Linux&apos;ta kullanılabilir.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Toplayıcının adresini veya ana bilgisayar adını girin, örneğin 192.0.2.10 ya da collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>&quot;%1&quot; ne bir IP adresi ne de bir ana bilgisayar adı; 192.0.2.10 ya da collector.example.org gibi bir değer girin.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>&quot;%1&quot; bağlantı noktası aralık dışında: 1 ile 65535 arasında bir sayı girin (IPFIX toplayıcıları genellikle 4739 numaralı bağlantı noktasını dinler).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>&quot;%1&quot; ana bilgisayar adı bir adrese çözümlenmiyor; yazımını denetleyin ya da toplayıcının IP adresini girin.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Rapor %1 konumuna yazılamıyor: %2. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Uygulamalar</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Ana bilgisayarlar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Hizmetler</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Ülkeler</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Ağlar (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Bilinmeyen uygulama</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Bilinmeyen ana bilgisayar</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Bilinmeyen hizmet</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Bilinmeyen ülke</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Bilinmeyen ağ</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Henüz geçmiş yok: canlı yakalamalar %1 dosyasına kaydedilir (Ayarlar → Geçmiş) ve trafikleri burada gösterilir.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>%1 geçmiş veritabanı bozuk ya da bir geçmiş veritabanı değil: dosyayı başka bir yere taşıyın veya silin; bir sonraki canlı yakalama yeni bir veritabanı başlatır.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>ana bilgisayar %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>hizmet %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>uygulama %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>Flowscope&apos;un bu sürümünde eBPF desteği yok.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF soket olayları yalnızca Linux&apos;ta kullanılabilir.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>çekirdekte BTF tür bilgisi yok.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>yakalama yardımcısı, eBPF için CAP_BPF ve CAP_PERFMON yeteneklerini gerektirir.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF, root ya da CAP_BPF ve CAP_PERFMON yeteneklerini gerektirir.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>çekirdekte gereken izleme noktaları yok (Linux 6.3 veya sonrası gerekir).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Programlar, yakalama yardımcısının yüklediği eBPF soket olaylarından bulunur; yedek olarak anlık görüntüler kullanılır.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Programlar eBPF soket olaylarından bulunur; yedek olarak anlık görüntüler kullanılır.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Programlar, seçtiğiniz gibi soket tablosunun anlık görüntülerinden bulunur.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Programlar soket tablosunun anlık görüntülerinden bulunur: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>Olay arabelleği dolu olduğu için %n soket olayı kayboldu; daha büyük bir arabellek onları tutar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 yıl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>Son canlı yakalama (%1 üzerinde) sürdürülmedi. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Ayarlardaki &quot;%1&quot; trafik hızı kuralı okunamıyor; yok sayıldı. Kuralı Ayarlar&apos;da yeniden ekleyin.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Ayarlardaki &quot;%1&quot; veri kotası kuralı okunamıyor; yok sayıldı. Kuralı Ayarlar&apos;da yeniden ekleyin.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>Favori ana bilgisayar &quot;%1&quot; bir IP adresi değil; yok sayıldı.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Favori hizmet &quot;%1&quot;, tcp/443 biçiminde değil; yok sayıldı.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … ve sorunlu %2 satır daha.</translation>
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
        <translation>Yıldızı kaldır: %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Yıldızla: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Yıldız ekle veya kaldır</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Yalnızca yıldızlılar</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Yalnızca yıldızlı öğeleri göster (yıldızlamak için öğeye sağ tıklayın veya Ctrl+D tuşlarına basın)</translation>
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
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Alınan %1 · Gönderilen %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>En çok: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Yakalama yapılıyor</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 okunmamış bildirim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Temizle: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>down</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <source>running</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>geri döngü</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>kablosuz</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Son bir dakikada %1 üzerindeki trafik</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 trafik sayacı bildirmiyor</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Bağdaştırıcı</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Yeni program</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Engelleme listesindeki adres</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Trafik hızı</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Favori etkin</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Veri kotası</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Yakalama sorunu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (sessizde)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>İletilmedi: bildirimler sessize alınmıştı.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Bugünün geçmişinde bu uygulamaya ait henüz bir şey yok.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Bugün gece yarısından beri (geçmiş): alınan %1, gönderilen %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Son bir dakikadaki alma + gönderme hızı, en yenisi sağda</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID&apos;ler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Alma hızı</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Gönderme hızı</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Toplam alınan</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Toplam gönderilen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Bağlantılar</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>uygulama %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Uygulamalar</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Bir uygulamanın bağlantılarını incelemek için çift tıklayın veya Enter tuşuna basın</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Uygulamalar yalnızca canlı yakalamalarda bilinir: hangi programların ağı kullandığını görmek için bir bağdaştırıcıda yakalama başlatın.</translation>
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
        <translation>Ana pencereye dönmek için çift tıklayın; taşımak için sürükleyin.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Giden</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Henüz uygulama yok (yalnızca canlı yakalamalarda)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Kompakt pencere</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Yakalama yapılmıyor</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>%1 üzerinde duraklatıldı</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>%1 üzerinde yakalama yapılıyor</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>%1 okuması duraklatıldı</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 okunuyor</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Ana pencereyi göster</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 bayt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tümünü kopyala</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Tüm alanları her satıra bir tane olacak şekilde kopyala</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Uzak</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Hizmet bağlantı noktası</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Alınan bayt</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Gönderilen bayt</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Alınan paket</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Gönderilen paket</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Alma hızı</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Gönderme hızı</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>İlk görülme</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Son görülme</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP bayrakları</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>Akış kimliği</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID&apos;ler</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Komut satırı</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Ana bilgisayar adı</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Ad kaynağı</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Adres türü</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopyala: %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Ayrıntılarını görmek için bir bağlantı seçin.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Artık tabloda değil</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Yalnızca etkin olanlar</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Yalnızca yıldızlılar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Bağlantılarda ara</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Tüm protokoller</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Yön</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Tüm yönler</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Çoğunlukla giden</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Çoğunlukla gelen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adres veya CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Bir adres (10.1.2.3, 2001:db8::1) veya bir ağ (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Tüm uygulamalar</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Ülke, AS veya alan adı</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Bir ülke kodu (US), bir AS numarası (AS15169) veya bir alan adı (google.com, www.google.com ile de eşleşir); boşlukla ayrılmış birden çok değerin tümü uygulanır</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Yalnızca son aralıkta trafiği olan bağlantılar</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Yalnızca ana bilgisayarı, hizmeti veya uygulaması yıldızlı olan bağlantılar</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Uygulama %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Bir adres veya ağ değil; önceki filtre geçerliliğini koruyor</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>gizli (kullanıcı %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>%1 kullanıcısına ait bir soket: programını görmek için Flowscope&apos;u daha yüksek yetkilerle çalıştırın.</translation>
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
yol %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
kullanıcı %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
bağlantı noktası %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Bir yakalama dosyasının anlık hızı yoktur; Genel Bakış grafiği dosyanın trafiğini zaman içinde gösterir.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Son ölçüm aralığında saniye başına bayt</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Yalnızca canlı yakalamalar: bir yakalama dosyasının anlık hızı yoktur</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Uzak</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Alınan bayt</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Gönderilen bayt</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Alınan paket</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Gönderilen paket</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Alma hızı</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Gönderme hızı</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>İlk görülme</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Son görülme</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Bu bağlantının sahibi olan program bilinmiyor.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Ana bilgisayar adı</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (kaynak: %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>%1 bayrağı</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>%1 program simgesi</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Bir program ağı ilk kez kullandığında bana haber ver</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Her bildirimde ses çal</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Sesi aç</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook adresi</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Her bildirim ayrıca bu adrese JSON POST olarak gönderilir (gövdesi docs/notifications.md içinde açıklanmıştır).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Yeni programlar:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Ses:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Sessizde:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Bu bir http:// veya https:// adresi değil; bildirimler bu adrese gönderilmeyecek.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Tüm bildirimler (bitiş: %1).</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Şu kurallar: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Sessize alınmış bir şey yok.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Bu kuralı sessize al</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>D-Bus oturum veri yolu yok.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>D-Bus üzerinden masaüstü bildirimleri burada kullanılamıyor.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2, %3 üzerinden</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Görüntülemek için açılan yakalama dosyaları, Ayarlar → Dışa Aktarma bölümünde &quot;Görüntülemek için açılan yakalama dosyalarını da gönder&quot; açık olmadıkça toplayıcıya gönderilmez.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Flowscope&apos;un bu sürümü toplayıcıya akış gönderemez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 ileti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%2 içinde %1 gönderildi, %3 düşürüldü.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Hiçbir şey gönderilmiyor.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Bu yakalamanın akışları gönderilmiyor: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>%1 hedefine gönderiliyor: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>Son yakalama bitti. %1 hedefine gönderilen: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Toplayıcıya ulaşılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: gönderim yok</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: toplayıcıya ulaşılamıyor</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 gönderildi, %2 düşürüldü</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 gönderildi</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>Akışları bir toplayıcıya gönder (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Her bağlantı, arkasındaki programla birlikte, IPFIX kayıtları olarak sizin çalıştırdığınız bir toplayıcıya gönderilir (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Görüntülemek için açılan yakalama dosyalarını da gönder</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Değişiklikler bir sonraki yakalamadan itibaren geçerli olur; süren bir yakalama, başladığı ayarlarla göndermeyi sürdürür.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Toplayıcı</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Adres veya ana bilgisayar adı, örneğin 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (olağan seçim; toplayıcı kapalıyken gönderilenler kaybolur)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (yeniden bağlanır; toplayıcı kapalıyken bekleyenleri kuyrukta tutar)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Ana bilgisayar:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Bağlantı noktası:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Aktarım:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Etkin zaman aşımı:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Hâlâ süren bir akış bu sıklıkla bildirilir.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Boşta zaman aşımı:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Bu süre boyunca trafiği olmayan bir akış sona ermiş olarak bildirilir.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>Gözlem etki alanı kimliği:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Kuruluş numarası:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Flowscope&apos;a özgü öğelerin (işlem kimliği, program yolu, ana bilgisayar adı) altında gönderildiği Private Enterprise Number.</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Varsayılan değer olan 32473, RFC 5612&apos;nin belgelendirme için ayırdığı numaradır: kendi numaranızın yerine geçen bir yer tutucudur.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Flowscope&apos;un bu sürümü toplayıcıya akış gönderemez.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>pkt/sn</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kpkt/sn</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>Mpkt/sn</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>Gpkt/sn</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 gün %2 sa</translation>
    </message>
    <message>
        <source>public</source>
        <translation>genel</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>bu bilgisayar</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>geri döngü</translation>
    </message>
    <message>
        <source>private</source>
        <translation>özel</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>bağlantı yerel</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>çok noktaya yayın</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>yayın</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>ayrılmış (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS sunucu adı (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP Host üstbilgisi</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS yanıtı</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS PTR yanıtı</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>ters DNS araması</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Uygulamanın ana bilgisayarları</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 gün boyunca günlük kullanım ve gösterilen aralıktaki en çok kullanılan ana bilgisayarları</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Bir uygulamanın günlük kullanımını ve en çok kullanılan ana bilgisayarlarını görmek için uygulamaya göre gruplayın ve tablodan birini seçin.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Trafik geçmişi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
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
        <translation>↓ alınan · ↑ gönderilen</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: alınan %2, gönderilen %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Tümü: alınan %1, gönderilen %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Bu zaman dilimindeki bağlantıları listelemek için tıklayın</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Bu aralıkta trafik yok.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>Bu aralıkta: alınan %1, gönderilen %2. En çok trafik: %3 (%4). En yoğun zaman: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Uzak</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Alınan</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>İlk görülme</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Son görülme</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Günlük trafik</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alınan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
alınan %2, gönderilen %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Bu aralıkta trafik yok.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>%1 gün boyunca: alınan %2, gönderilen %3. En yoğun gün: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>Raporu &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Geçmiş sayfasındaki tabloyu CSV veya JSON olarak yaz (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Trafik toplamları</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>O zamana ait bağlantıları listelemek için grafiğe tıklayın.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Seçilen dönemdeki bağlantılar</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Son bir saat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Geçmişi yeniden oku (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Aralık:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruplandırma:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>%1 sırasında açık olan bağlantılar:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Raporu dışa aktar</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>%1 geçmiş veritabanı bozuk, bu nedenle bu yakalama kaydedilmiyor (canlı görünüm sürüyor); veritabanını kenara taşımak onu olduğu gibi saklar ve yeni bir veritabanı başlatır.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>%1 geçmiş veritabanı kullanılamıyor.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Bu yakalama kaydedilmiyor; canlı görünüm sürüyor.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope geçmişin nerede tutulacağını belirleyemiyor (ev klasörü yok); Görünüm → Ayarlar → Geçmiş altından bir veritabanı dosyası seçin.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Bozuk geçmiş veritabanı %1 olarak saklandı; kaydetme yeni bir veritabanında sürüyor.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Bozuk geçmiş veritabanı %1 olarak saklandı; bir sonraki canlı yakalama yeni bir veritabanı başlatır.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Kaydetmeyi Duraklat</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Kaydetme sürdürülene kadar bu yakalamanın trafiğini geçmişin dışında tut</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Bilinen bir veritabanı dosyası yok: yukarıdan bir dosya seçin.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Henüz hiçbir şey kaydedilmedi: dosya, kaydedilen ilk canlı yakalamada oluşturulur.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, henüz kaydedilmiş trafik yok.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, %2 ile %3 arası trafik, %4 bağlantı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Canlı yakalamaları geçmişe kaydet</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Görüntülemek için açılan yakalama dosyaları hiçbir zaman kaydedilmez. Tepsideki ve Yakalama menüsündeki &quot;Kaydetmeyi Duraklat&quot;, özel anları kayıt dışında tutar.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Saklama süreleri süren bir yakalamaya hemen uygulanır; kaydetmeyi açıp kapatmak ve başka bir veritabanı dosyası seçmek ise bir sonraki canlı yakalamadan itibaren geçerli olur.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Sakla</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>süresiz</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> bağlantı</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Dakikalık veriler:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Saatlik veriler:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Günlük veriler:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>En fazla bağlantı:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Boyut sınırı:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Eski dakikalar saatlere, saatler de günlere toplanır; böylece toplamlar tam kalır. Boyut sınırı aşıldığında önce en eski satırlar silinir: önce bağlantılar, ardından dakikalar, saatler ve günler.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Geçmiş veritabanı dosyası</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Yeniden varsayılan konumu kullan</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>Geçmiş, bu bilgisayardaki tek bir SQLite dosyasıdır; hiçbir veri bilgisayarın dışına çıkmaz. flowscope-cli report da aynı dosyayı okur. Boş alan: varsayılan konum, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>burada bilinmiyor (ev klasörü yok)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Şu anki içerik:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Geçmiş veritabanını seçin</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Geçmiş veritabanları (*.sqlite);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>kullanıcı %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>alınan %1, gönderilen %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Alınan</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paketler</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: ara; Ctrl+D: ana bilgisayarı, hizmeti veya uygulamayı yıldızla; Ctrl+Shift+C: sütunları seç</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Bağlantı ayrıntıları</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Bağlantılarda ara</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Sütunları seç</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Bağlantılar</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Sistem varsayılanı (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope yeni dili bir sonraki başlatılışında kullanır.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Boşta</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Yakalama yapılıyor</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Görünüm → Ayarlar… altından başka bir dosya seçin ya da yerleşik dosyayı kullanmak için alanı boşaltın.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Yakalama dosyası aç…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Yakalamayı duraklat veya sürdür (Boşluk, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>D&amp;urdur</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Yakalamayı durdur (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>Flowscope &amp;Hakkında</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>Ya&amp;kalama</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Ba&amp;şlangıç</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Genel Bakış</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;İncele</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Uygulamalar</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Bildirimler</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>G&amp;eçmiş</translation>
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
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açık</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Koyu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Yakalama</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Yakalama dosyası aç</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Yakalama dosyaları (*.pcap *.pcapng *.cap *.dmp);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Bir ağ izleyicisi: bu makinenin kimlerle iletişim kurduğunu canlı olarak ya da bir yakalama dosyasından gösterir.&lt;/p&gt;&lt;p&gt;Qt %2 ile derlendi (Qt %3 üzerinde çalışıyor).&lt;br&gt;Yakalama: %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS verileri: &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; ve &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Bayrak simgeleri: &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Veritabanları libmaxminddb ile okunur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Flowscope Hakkında</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 paket</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 düşürüldü</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel Bakış</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>İncele</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Uygulamalar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Programlar canlı yakalamalar sırasında bulunur.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Zaman içinde trafik</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>son %1 sn</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Tümünü okundu işaretle</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Bir uyarının bağlantılarını incelemek için çift tıklayın veya Enter tuşuna basın</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Henüz bildirim yok. Canlı yakalama sırasında uyarılar burada görünür: ağı ilk kez kullanan bir program ve Ayarlar&apos;da belirlediğiniz kurallar.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>Okunmamış: %1 / %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Eşik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Hız kuralları</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Hız kuralı ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Bir sınırın üzerindeki trafik hızı</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Veri hacmi kotaları</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Veri kotası ekle</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Bir kotanın üzerindeki veri hacmi</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Tüm trafik</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Boş: tüm trafik; aksi halde bir programın yolu veya adı</translation>
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
        <translation> sn</translation>
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
        <translation>gün</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Engelleme listesi dosyaları</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Girdiler</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Engelleme listelerini seçin</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP listeleri (*.netset *.ipset *.txt *.list);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dosya ekle…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Düz metin IP/CIDR listeleri (her satıra bir girdi, # ile yorumlar, FireHOL&apos;un yayımladığı biçimde), IPv4 ve IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Engelleme listeleri</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>yüklenmedi</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Yıldızlı öğeler</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Yeniden bildirim için boşta kalma süresi</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Genel Bakış, İncele ve Uygulamalar sayfalarında ana bilgisayarları, hizmetleri ve uygulamaları yıldızlayın.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoriler</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Ana bilgisayar %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Hizmet %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Uygulama %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Alınan bayt</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Alınan IP trafiği</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Gönderilen bayt</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Gönderilen IP trafiği</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paketler</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Yakalanan tüm çerçeveler</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Paket/sn</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Son bir saniyedeki paketler</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Akışlar</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Şimdiye kadar görülen bağlantılar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Düşürülen</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Çekirdek, bağdaştırıcı veya Flowscope kuyruğu tarafından kaybedilen çerçeveler</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Kapsanan yakalama süresi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trafik&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Birim:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bayt/sn</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bit/sn</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>paket/sn</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>En çok kullanılan uygulamalar</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Bağlantılarını incelemek için bir uygulamaya tıklayın</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>En çok kullanılan ana bilgisayarlar</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>En çok kullanılan hizmetler</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ana bilgisayar %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>hizmet %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>uygulama %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Bağlantılarını incelemek için bir girdiye tıklayın</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Şimdiye kadar görülen bağlantılar (şu an tabloda %1)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Bağlantıların arkasındaki programlar</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Program bulma yöntemi</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Otomatik (izin verilirse eBPF, yoksa anlık görüntüler)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF soket olayları</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Yalnızca anlık görüntüler</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Olay arabelleği</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Bir sonraki canlı yakalamadan itibaren kullanılır.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Program bulma yöntemi:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Olay arabelleği:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Kenara taşı ve yenisini başlat</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Ülke veritabanı:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS veritabanı:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Boş: yerleşik DB-IP Lite veritabanları. GeoLite2, GeoIP2, DB-IP ve IPinfo MMDB dosyaları desteklenir.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Adreslerin ana bilgisayar adlarını ara (ters DNS, canlı yakalamalar)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa Aktarma</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Ülke veritabanı dosyası</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS veritabanı dosyası</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Yerleşik (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Bir veritabanı seçin</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB dosyaları (*.mmdb);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Yerleşik veritabanı kullanılmaya devam ediyor.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Yakalamayı bir pcap dosyasına kaydet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Yakalamayı başlat</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Yakalama dosyası aç…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Ağınızı izleyin&lt;/h2&gt;Canlı yakalama için bir bağdaştırıcı seçin veya bir yakalama dosyası açın.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Flowscope&apos;un bu bilgisayarda yakalama yapıp yapamayacağı denetleniyor…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>Yakalama &amp;filtresi:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF ifadesi, örneğin tcp port 443 veya host 10.0.0.1 (boş: her şey)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Ağ bağdaştırıcıları</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Yakalamanın kaydedileceği dosya</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Yakalama dosyaları</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Son dosyalar:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Son yakalama dosyaları</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Filtre yok: tüm paketler yakalanır.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geçerli</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Önce yakalama filtresini düzeltin</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Yakalamayı farklı kaydet</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap dosyaları (*.pcap);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Yakalama dosyası aç</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Yakalamalar (*.pcap *.pcapng *.cap);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Yakalama dosyaları yine de açılabilir.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Açtığınız dosyalar burada listelenir</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Oturum açtığımda Flowscope&apos;u başlat</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Flowscope başladığında son canlı yakalamayı sürdür</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Oturum açtığınızda Flowscope&apos;u penceresi olmadan, tepside başlatır.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Flowscope bir yakalama dosyası veya bağdaştırıcı belirtilmeden başladığında, son canlı yakalamanın bağdaştırıcısında ve filtresiyle yeniden yakalama yapar.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>&amp;Tema klasörünü aç…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (geçersiz)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>%1 tema dosyası kullanılmadı: %2 Dosyayı düzeltin, ardından Görünüm → Tema menüsünden yeniden seçin.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>dosya 64 KB&apos;tan büyük; bir tema birkaç renkten oluşan bir listedir (bkz. docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>dosyada &quot;name = …&quot; satırı yok; gösterilecek adla bir tane ekleyin.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>satır %1: &quot;anahtar = değer&quot; bekleniyordu.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>satır %1: &quot;%2&quot; iki kez verilmiş; birini bırakın.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>satır %1: ad 1 ile 80 karakter arasında UTF-8 metni olmalıdır.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>satır %1: based-on &quot;light&quot; veya &quot;dark&quot; olmalıdır.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>satır %1: bilinmeyen anahtar &quot;%2&quot;; bir temanın ayarlayabileceği anahtarlar docs/themes.md&apos;de listelenir.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>satır %1: &quot;%2&quot; bir renk değil; #rrggbb biçiminde yazın.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>%1 tema dosyası zor okunuyor: %3 üzerinde %2 yalnızca %4:1 kontrasta sahip, metin için gereken 4,5:1&apos;in altında. Dosyada bu renkleri birbirinden daha farklı seçin.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
alınan %2, gönderilen %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bayt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Giden</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Zaman içinde trafik</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Trafik yok</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Dosyalar: bir zaman aralığını yakınlaştırmak için sürükleyin, uzaklaştırmak için sağ tıklayın (klavye: +, - ve 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>%1 boyunca trafik yok</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Henüz trafik yok.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Son: gelen %1, giden %2. En yüksek: gelen %3 (%4), giden %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Pencereyi Göster</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Bağdaştırıcı Değiştir</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Genel Bakış&apos;ı Aç</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Uygulamalar&apos;ı Aç</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Bildirimler&apos;i Aç</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Bildirimleri Sessize Al</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 Saat Boyunca</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Yarına Kadar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Sesi aç</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Kompakt Pencere</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Bu masaüstünde sistem tepsisi yok (GNOME için AppIndicator uzantısı gerekir), bu nedenle pencereyi kapatmak Flowscope&apos;tan çıkar.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Bu masaüstünde sistem tepsisi yok (GNOME için AppIndicator uzantısı gerekir), bu nedenle simge durumunda başlamak yerine pencere gösteriliyor.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Pencereyi Gizle</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Bağdaştırıcı yok</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>%1 üzerinde yakalama yapılamıyor</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope izlemeyi sürdürüyor</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Tepsi simgesi pencereyi geri getirir; Çık komutu simgenin menüsündedir.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Tepsi</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Sor</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>İzlemeyi tepside sürdür</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Pencere kapatılırken:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>bu bir http:// veya https:// adresi değil</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP durumu %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 sn içinde yanıt yok</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Bildirim webhook&apos;u %1 başarısız oldu (%2); uyarılar Bildirimler sayfasında listelenmeye devam ediyor. Ayarlar&apos;da adresi denetleyin.</translation>
    </message>
</context>
</TS>
