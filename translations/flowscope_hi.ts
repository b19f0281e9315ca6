<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 और %2 अन्य</numerusform>
            <numerusform>%1 और %2 अन्य</numerusform>
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
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>सारा ट्रैफ़िक</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>%1 का ट्रैफ़िक</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>पसंदीदा होस्ट %1 सक्रिय है</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>पसंदीदा सेवा %1 सक्रिय है</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>पसंदीदा प्रोग्राम %1 सक्रिय है</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 प्रोग्राम ने पहली बार नेटवर्क का उपयोग किया</numerusform>
            <numerusform>%1 प्रोग्रामों ने पहली बार नेटवर्क का उपयोग किया</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>ब्लॉकलिस्ट में शामिल %1 पते से संपर्क किया गया</numerusform>
            <numerusform>ब्लॉकलिस्ट में शामिल %1 पतों से संपर्क किया गया</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 ट्रैफ़िक दर अपनी सीमा से ऊपर बनी रही</numerusform>
            <numerusform>%1 ट्रैफ़िक दरें अपनी सीमाओं से ऊपर बनी रहीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 पसंदीदा सक्रिय हुआ</numerusform>
            <numerusform>%1 पसंदीदा सक्रिय हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 डेटा सीमा पार हुई</numerusform>
            <numerusform>%1 डेटा सीमाएँ पार हुईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>कैप्चर में %1 समस्या</numerusform>
            <numerusform>कैप्चर में %1 समस्याएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>पहले कनेक्शन: %1।</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>%1 से कनेक्शन बनाए गए, जो ब्लॉकलिस्ट में हैं।</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>ट्रैफ़िक अपनी सीमा से ऊपर बना रहा: %1।</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>%1 के लिए ट्रैफ़िक शुरू हुआ।</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>ट्रैफ़िक अपनी सीमा पार कर गया: %1।</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>कैप्चर में समस्या आई: %1।</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 ने पहली बार नेटवर्क का उपयोग किया</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 ब्लॉकलिस्ट %2 में है</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: %3 सेकंड तक %2 से ऊपर</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: दैनिक सीमा %2 से अधिक</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: मासिक सीमा %2 से अधिक</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>एडेप्टर गायब हो गया</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>त्रुटि के कारण कैप्चर रुक गया</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>कैप्चर %1 फ़्रेम छोड़ रहा है</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 ने अपना पहला कनेक्शन बनाया।</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 ने अपना पहला कनेक्शन बनाया (उपयोगकर्ता %2)।</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>%1 से कनेक्शन बनाया गया, जो %2 में %3 के रूप में सूचीबद्ध है (पंक्ति %4)।</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 ने %1 से कनेक्शन बनाया, जो %2 में %3 के रूप में सूचीबद्ध है (पंक्ति %4)।</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>%2 के ज़रिए %1 से ट्रैफ़िक शुरू हुआ।</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>%3 द्वारा %2 के ज़रिए %1 से ट्रैफ़िक शुरू हुआ।</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 %3 सेकंड तक %2 से ऊपर रहा।</numerusform>
            <numerusform>%1 %3 सेकंड तक %2 से ऊपर रहा।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 आज %2 तक पहुँच गया, जो %3 की सीमा से अधिक है।</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 इस महीने %2 तक पहुँच गया, जो %3 की सीमा से अधिक है।</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>पिछले %3 सेकंड में %2 में से %1 फ़्रेम खो गए; मशीन या Flowscope इतने फ़्रेम संभाल नहीं पा रहा है। फ़िल्टर से कैप्चर को सीमित करें या दूसरे व्यस्त प्रोग्राम बंद करें।</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope फ़ोल्डर %1 नहीं बना सका, इसलिए यह लॉग इन करने पर शुरू नहीं होगा; जाँचें कि आपको वहाँ लिखने की अनुमति है और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope %1 को नहीं लिख सका (%2), इसलिए यह लॉग इन करने पर शुरू नहीं होगा; जाँचें कि आपको %3 में लिखने की अनुमति है और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope %1 को नहीं हटा सका (%2), इसलिए यह अब भी लॉग इन करने पर शुरू होगा; जाँचें कि आपको %3 में लिखने की अनुमति है और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope रजिस्ट्री मान %1 नहीं लिख सका, इसलिए यह लॉग इन करने पर शुरू नहीं होगा; जाँचें कि आपका खाता इसे बदल सकता है और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope रजिस्ट्री मान %1 नहीं हटा सका, इसलिए यह अब भी लॉग इन करने पर शुरू होगा; जाँचें कि आपका खाता इसे बदल सकता है और फिर से प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>अनुमति अस्वीकृत: Flowscope %1 को नहीं पढ़ सकता। अपने उपयोगकर्ता को इस फ़ाइल को पढ़ने की अनुमति दें, या इसे अपने किसी फ़ोल्डर में कॉपी करें, और इसे फिर से खोलें।</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>“%1” नाम का कोई नेटवर्क एडेप्टर नहीं है। प्रारंभ पेज पर दिए गए एडेप्टरों में से कोई एक चुनें।</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>नेटवर्क एडेप्टर %1 कैप्चर के दौरान बंद हो गया या गायब हो गया। इसे फिर से कनेक्ट करके दोबारा शुरू करें, या प्रारंभ पेज पर कोई दूसरा एडेप्टर चुनें; जो कैप्चर हो चुका है वह दिखता रहेगा।</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>कोई नेटवर्क एडेप्टर नहीं चुना गया; प्रारंभ पेज पर कोई एक चुनें।</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 को खोला नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Flowscope बंद करें</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>सिस्टम ट्रे में निगरानी जारी रखें?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope विंडो बंद होने पर भी कैप्चर करता रह सकता है और आपको सूचित करता रह सकता है; इसका ट्रे आइकन विंडो को वापस लाता है। या बाहर निकलें और निगरानी बंद करें।</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>ट्रे में रखें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>फिर से न पूछें (सेटिंग्स में बदलें)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope नेटवर्क एडेप्टरों की सूची नहीं बना सका (libpcap: %1); जाँचें कि सिस्टम का नेटवर्क स्टैक काम कर रहा है और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap फ़िल्टर कंपाइलर तैयार नहीं कर सका (शायद मेमोरी कम है); फिर से प्रयास करें या Flowscope को पुनः आरंभ करें।</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>कैप्चर फ़िल्टर “%1” अमान्य है: %2; इसे ठीक करें (%3)।</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>`man pcap-filter` देखें</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>डिस्क कोटा समाप्त हो गया है</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>फ़ाइल अनुमत अधिकतम आकार तक पहुँच गई है</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>डिस्क ने एक त्रुटि बताई है</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope को %1 में लिखने की अनुमति नहीं है (%2); ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकते हैं।</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 एक फ़ोल्डर है; लिखी जाने वाली pcap फ़ाइल का नाम दें, जैसे %2।</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>%1 का फ़ोल्डर मौजूद नहीं है; उसे बनाएँ या कोई दूसरा स्थान चुनें।</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope %1 नहीं बना सकता (%2); कोई दूसरा स्थान चुनें।</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>%1 में लिखना %2 फ़्रेम के बाद रुक गया क्योंकि %3 (%4); फ़ाइल में वे फ़्रेम मौजूद हैं और वह पढ़ने योग्य बनी रहती है, और कैप्चर बिना सहेजे जारी रहता है: कुछ जगह खाली करें या कोई दूसरा स्थान चुनें।</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>%1 में लिखना %2 फ़्रेम के बाद रुक गया क्योंकि %3 (%4); इसका अंतिम फ़्रेम अधूरा हो सकता है, और कैप्चर बिना सहेजे जारी रहता है: कुछ जगह खाली करें या कोई दूसरा स्थान चुनें।</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope %1 में नहीं लिख सकता क्योंकि %2 (%3); कुछ जगह खाली करें या कोई दूसरा स्थान चुनें।</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>फ़ाइल बंद करते समय %1 में लिखना विफल हुआ (%2); हो सकता है डिस्क पर पूरी फ़ाइल सहेजी न गई हो, इसे जाँचें या कोई दूसरा स्थान चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 %2 के बीच में (बाइट ऑफ़सेट %3) समाप्त हो जाती है: फ़ाइल अधूरी कट गई है, और उससे पहले का %4 पूरा पैकेट पढ़ लिया गया।</numerusform>
            <numerusform>%1 %2 के बीच में (बाइट ऑफ़सेट %3) समाप्त हो जाती है: फ़ाइल अधूरी कट गई है, और उससे पहले के %4 पूरे पैकेट पढ़ लिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>%1 को पढ़ना बाइट ऑफ़सेट %2 पर विफल हुआ (%3); डिस्क जाँचें या फ़ाइल को किसी लोकल ड्राइव पर कॉपी करें।</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 खाली है (0 बाइट), इसलिए इसमें कोई पैकेट नहीं है; Wireshark, tcpdump या Flowscope द्वारा सहेजी गई कोई कैप्चर फ़ाइल चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 केवल %2 बाइट लंबी है, जो pcap या pcapng कैप्चर फ़ाइल होने के लिए बहुत छोटी है।</numerusform>
            <numerusform>%1 केवल %2 बाइट लंबी है, जो pcap या pcapng कैप्चर फ़ाइल होने के लिए बहुत छोटी है।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 pcap या pcapng कैप्चर फ़ाइल नहीं है (अज्ञात मैजिक नंबर %2)।</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 मौजूद नहीं है; फ़ाइल का नाम और फ़ोल्डर जाँचें।</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope को %1 पढ़ने की अनुमति नहीं है; अपने उपयोगकर्ता को इस फ़ाइल को पढ़ने की अनुमति दें या इसे कहीं और कॉपी करें।</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>%1 को खोला नहीं जा सकता (%2); जाँचें कि फ़ाइल तक पहुँचा जा सकता है।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 एक फ़ोल्डर है, कैप्चर फ़ाइल नहीं; इसके अंदर की कोई .pcap या .pcapng फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>इसलिए इसमें से कोई भी पैकेट पढ़ा नहीं जा सका (pcapfix शायद फ़ाइल को ठीक कर सके)।</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>इसलिए उससे पहले का %1 पैकेट पढ़ने के बाद पढ़ना रुक गया (pcapfix शायद फ़ाइल को ठीक कर सके)।</numerusform>
            <numerusform>इसलिए उससे पहले के %1 पैकेट पढ़ने के बाद पढ़ना रुक गया (pcapfix शायद फ़ाइल को ठीक कर सके)।</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>कोई नेटवर्क एडेप्टर नहीं चुना गया; `flowscope-cli interfaces` में दिखाए गए एडेप्टरों में से कोई एक चुनें।</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Flowscope को व्यवस्थापक विशेषाधिकारों के साथ चलाएँ, या एक बार यह क्षमता (capability) प्रदान करें: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 अधूरी कटी हुई है: इसमें केवल %2 बाइट हैं, जो 24 बाइट के pcap फ़ाइल हेडर से कम है, इसलिए शायद यह पूरी तरह लिखी या कॉपी नहीं हुई।</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 pcap फ़ॉर्मेट संस्करण %2.%3 का उपयोग करती है, जिसे Flowscope नहीं पढ़ सकता; Wireshark के “Save As” से इसे pcapng में बदलें।</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>पैकेट %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 क्षतिग्रस्त है: बाइट ऑफ़सेट %3 पर रिकॉर्ड %2 के हेडर में %4 कैप्चर किए गए बाइट बताए गए हैं, जो %5 की सीमा से अधिक हैं, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>“%1” नाम का कोई नेटवर्क एडेप्टर नहीं है; जिन एडेप्टरों पर आप कैप्चर कर सकते हैं उनकी सूची देखने के लिए `flowscope-cli interfaces` चलाएँ।</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope को %1 पर कैप्चर करने की अनुमति नहीं है। %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>नेटवर्क एडेप्टर %1 बंद है; इसे चालू करें (या प्लग इन करें) और कैप्चर फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>नेटवर्क एडेप्टर %1 मॉनिटर मोड का समर्थन नहीं करता; कोई दूसरा एडेप्टर चुनें।</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope %1 पर कैप्चर शुरू नहीं कर सका (%2: %3); एडेप्टर जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>कैप्चर फ़िल्टर “%1” को %2 पर लागू नहीं किया जा सका (%3: %4); कोई सरल फ़िल्टर आज़माएँ।</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope %1 पर कैप्चर तैयार नहीं कर सका (%2: %3); फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>नेटवर्क एडेप्टर %1 कैप्चर के दौरान बंद हो गया या गायब हो गया (%2: %3); इसे फिर से कनेक्ट करें या `flowscope-cli interfaces` से कोई दूसरा एडेप्टर चुनें।</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>%1 पर कैप्चर विफल हुआ (%2: %3); कैप्चर फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>बाइट ऑफ़सेट %2 पर ब्लॉक %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 अधूरी कटी हुई है: यह अपने pcapng सेक्शन हेडर के अंदर ही समाप्त हो जाती है, इसलिए शायद यह पूरी तरह लिखी या कॉपी नहीं हुई।</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 क्षतिग्रस्त है: सेक्शन हेडर ब्लॉक (%2) केवल %3 बाइट लंबा है (कम से कम 28 चाहिए), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 pcapng संस्करण %2.%3 का उपयोग करती है, जिसे Flowscope नहीं पढ़ सकता; इसे Wireshark से फिर से सहेजें।</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 क्षतिग्रस्त है: सेक्शन हेडर ब्लॉक (%2) के एक विकल्प में %3 बाइट बताए गए हैं, जो उसके ब्लॉक की क्षमता से अधिक हैं, इसलिए इसमें से कोई पैकेट नहीं पढ़ा जा सकता (pcapfix शायद फ़ाइल को ठीक कर सके)।</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 क्षतिग्रस्त है: इंटरफ़ेस विवरण ब्लॉक (%2) बहुत छोटा है।</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 क्षतिग्रस्त है: इंटरफ़ेस विवरण ब्लॉक (%2) के एक विकल्प में %3 बाइट बताए गए हैं, जो उसके ब्लॉक की क्षमता से अधिक हैं, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>ब्लॉक %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 क्षतिग्रस्त है: सेक्शन हेडर ब्लॉक (%2) का बाइट-ऑर्डर मैजिक अमान्य है।</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>की लंबाई %1 बाइट है, जो 12 बाइट की न्यूनतम लंबाई से कम है</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>की लंबाई %1 बाइट है, जो 4 का गुणज नहीं है</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>की लंबाई %1 बाइट बताई गई है, जो किसी भी वास्तविक ब्लॉक से अधिक है</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>का अंतिम लंबाई फ़ील्ड उसके शुरुआती लंबाई फ़ील्ड से अलग है (%2 के बजाय %1)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>एक पैकेट ब्लॉक है जो अपने फ़ील्ड के लिए बहुत छोटा है</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>में %1 कैप्चर किए गए बाइट बताए गए हैं, जो उसके ब्लॉक की क्षमता से अधिक हैं</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>इंटरफ़ेस %1 का संदर्भ देता है, लेकिन उसका सेक्शन उससे पहले केवल %2 इंटरफ़ेस का वर्णन करता है</numerusform>
            <numerusform>इंटरफ़ेस %1 का संदर्भ देता है, लेकिन उसका सेक्शन उससे पहले केवल %2 इंटरफ़ेस का वर्णन करता है</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>एक सिंपल पैकेट ब्लॉक है जो अपने फ़ील्ड के लिए बहुत छोटा है</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>एक पैकेट है, लेकिन उसका सेक्शन उससे पहले किसी इंटरफ़ेस का वर्णन नहीं करता</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 क्षतिग्रस्त है: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap केवल व्यवस्थापकों के लिए इंस्टॉल किया गया था: Flowscope को व्यवस्थापक के रूप में चलाएँ, या Npcap को “Restrict Npcap driver&apos;s access to Administrators only” के बिना फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>pcap-filter सिंटैक्स %1 पर देखें</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>“%1” पर अभी कोई इतिहास डेटाबेस नहीं है; लाइव कैप्चर इसे बनाते हैं (डेस्कटॉप ऐप उन्हें रिकॉर्ड करता है, या flowscope-cli record चलाएँ)।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>इतिहास डेटाबेस “%1” पढ़ा नहीं जा सकता (इस पर अनुमति नहीं है, या रिकॉर्डिंग के दौरान इसके फ़ोल्डर पर अनुमति नहीं है); इसे इसके स्वामी के रूप में पढ़ें, या इसकी कॉपी बनाएँ।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>“%1” किसी दूसरे प्रोग्राम का डेटाबेस है, Flowscope इतिहास नहीं; कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>इतिहास डेटाबेस “%1” Flowscope के नए संस्करण ने लिखा है (स्कीमा %2, यह संस्करण %3 तक ही जानता है); Flowscope अपडेट करें या कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>इतिहास डेटाबेस “%1” क्षतिग्रस्त है (स्कीमा संस्करण %2, जिसे कोई भी Flowscope नहीं लिखता); इसे एक ओर हटाएँ और एक नया डेटाबेस शुरू करें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>“%1” में अभी कोई इतिहास नहीं है; लाइव कैप्चर इसमें रिकॉर्ड होते हैं।</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>इतिहास डेटाबेस “%1” का फ़ोल्डर नहीं बनाया जा सकता (%2); कोई दूसरी फ़ाइल चुनें या वहाँ लिखने की अनुमति दें।</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>क्षतिग्रस्त इतिहास डेटाबेस “%1” को एक ओर नहीं हटाया जा सका (%2); इसे स्वयं हटाएँ या मिटाएँ।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>इतिहास डेटाबेस “%1” किसी दूसरे प्रोग्राम ने लॉक कर रखा है; उस प्रोग्राम को बंद करें (या कोई दूसरी फ़ाइल चुनें) और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>इतिहास डेटाबेस “%1” में लिखा नहीं जा सकता (केवल-पठन है या अनुमति नहीं है); इसमें और इसके फ़ोल्डर में लिखने की अनुमति दें, या कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>इतिहास डेटाबेस “%1” क्षतिग्रस्त है; इसे एक ओर हटाएँ और एक नया डेटाबेस शुरू करें (इसमें जो रिकॉर्ड हुआ था वह पढ़ा नहीं जा सकता)।</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>इतिहास डेटाबेस “%1” वाली डिस्क भर गई है; कुछ जगह खाली करें या इतिहास की आकार सीमा घटाएँ, फिर रिकॉर्डिंग फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>इतिहास डेटाबेस “%1” खोला नहीं जा सकता; जाँचें कि इसका फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है, या कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>इतिहास डेटाबेस “%1” खोला नहीं जा सकता (%2); जाँचें कि इसका फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है, या कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>इतिहास डेटाबेस “%1” को पढ़ा या लिखा नहीं जा सका (इनपुट/आउटपुट त्रुटि); जिस डिस्क पर यह है उसे जाँचें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>इतिहास डेटाबेस “%1” को पढ़ा या लिखा नहीं जा सका (इनपुट/आउटपुट त्रुटि: %2); जिस डिस्क पर यह है उसे जाँचें।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>इतिहास डेटाबेस “%1” में एक अप्रत्याशित त्रुटि हुई।</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>इतिहास डेटाबेस “%1” में एक अप्रत्याशित त्रुटि हुई (%2)।</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>कैप्चर फ़िल्टर लिंक प्रकार %1 पर लागू नहीं किया जा सकता; उस प्रकार के फ़्रेम छोड़ दिए गए।</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>डिस्क बहुत धीमी थी, इसलिए %1 फ़्रेम %2 में नहीं लिखे जा सके।</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope लिंक प्रकार %1 को डिकोड नहीं करता: इसके पैकेट गैर-IP के रूप में गिने जाते हैं और कोई कनेक्शन नहीं बनाते; उनकी सामग्री देखने के लिए कैप्चर को Wireshark में खोलें।</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>रिवर्स DNS बंद है: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>प्रोसेस की पहचान नहीं की जा सकती: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>इवेंट बफ़र भरा होने के कारण कर्नेल ने सॉकेट इवेंट छोड़ दिए, इसलिए हो सकता है कि कुछ छोटे कनेक्शनों का कोई प्रोग्राम न दिखे; इवेंट बफ़र बड़ा करें (सेटिंग्स, या --event-buffer)।</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>एक अज्ञात त्रुटि के साथ विफल हो गया।</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>घटक “%1” रुक गया: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>कलेक्टर “%1” को रिज़ॉल्व नहीं किया जा सका (%2); कोई पता या ज्ञात होस्ट नाम दें।</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>कलेक्टर %1 के लिए UDP सॉकेट नहीं खोला जा सका (%2)।</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>AS नंबर हैं, पर कोई देश नहीं</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>देश हैं, पर कोई AS नंबर नहीं</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>न देश हैं और न ही AS नंबर</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>कोई देश डेटाबेस (GeoLite2 या GeoIP2 Country या City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>कोई AS डेटाबेस (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>फ़ाइल “%1” (%2) में %3; %4 चुनें।</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>कोई प्रकार नहीं</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>डेटाबेस फ़ाइल “%1” मौजूद नहीं है; पथ जाँचें।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>“%1” एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं; कोई .mmdb फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>डेटाबेस फ़ाइल “%1” पढ़ी नहीं जा सकती (अनुमति अस्वीकृत); इसकी अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>डेटाबेस फ़ाइल “%1” खोली नहीं जा सकती (%2); डिस्क और पथ जाँचें।</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>डेटाबेस फ़ाइल “%1” क्षतिग्रस्त है: %2; इसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>डेटाबेस फ़ाइल “%1” पढ़ी नहीं जा सकी; डिस्क जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” MaxMind DB (.mmdb) फ़ाइल नहीं है या इसका मेटाडेटा क्षतिग्रस्त है; कोई GeoLite2, GeoIP2, DB-IP या IPinfo .mmdb फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>डेटाबेस फ़ाइल “%1” लोड नहीं की जा सकती (इसमें दिए गए आकार मेमोरी में नहीं समाते, इसलिए यह शायद क्षतिग्रस्त है); इसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>“%2” में %1 को खोजना विफल हुआ (%3); फ़ाइल को फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>“%2” में %1 का रिकॉर्ड पढ़ा नहीं जा सकता (%3); फ़ाइल को फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>डेटाबेस फ़ाइल “%1” पढ़ी नहीं जा सकती (%2); डिस्क और पथ जाँचें।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” खाली है; कोई GeoLite2, GeoIP2, DB-IP या IPinfo .mmdb फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” एक सामान्य फ़ाइल नहीं है; कोई GeoLite2, GeoIP2, DB-IP या IPinfo .mmdb फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>डेटाबेस फ़ाइल “%1” की निजी कॉपी बनाने के लिए पर्याप्त मेमोरी नहीं है (%2); दूसरे प्रोग्राम बंद करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>पढ़े जाते समय डेटाबेस फ़ाइल “%1” लगातार बदलती रही; इसके पूरी तरह लिखे जाने के बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>ब्लॉकलिस्ट फ़ाइल %1 मौजूद नहीं है; पथ जाँचें।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 एक फ़ोल्डर है, ब्लॉकलिस्ट फ़ाइल नहीं; इसके अंदर की कोई सूची फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 एक सामान्य फ़ाइल नहीं है (यह पाइप, सॉकेट या डिवाइस है); कोई सूची फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>ब्लॉकलिस्ट फ़ाइल %1 पढ़ी नहीं जा सकती (%2); इसकी अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 में बाइनरी डेटा है (बाइट ऑफ़सेट %2 पर एक शून्य बाइट), इसलिए यह टेक्स्ट ब्लॉकलिस्ट नहीं है; कोई सादा-टेक्स्ट IP/CIDR सूची चुनें।</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>ब्लॉकलिस्ट फ़ाइल %1 को पढ़ना %2 बाइट के बाद विफल हुआ; डिस्क जाँचें।</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 में कोई पता नहीं है (यह खाली है या इसमें केवल टिप्पणियाँ हैं); ऐसी सूची चुनें जिसमें कम से कम एक IP पता या प्रीफ़िक्स हो।</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%2 की %1 गैर-टिप्पणी पंक्ति IP पता या प्रीफ़िक्स नहीं है, इसलिए यह ब्लॉकलिस्ट नहीं है; कोई सादा-टेक्स्ट IP/CIDR सूची चुनें।</numerusform>
            <numerusform>%2 की %1 गैर-टिप्पणी पंक्तियों में से कोई भी IP पता या प्रीफ़िक्स नहीं है, इसलिए यह ब्लॉकलिस्ट नहीं है; कोई सादा-टेक्स्ट IP/CIDR सूची चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 में एक से अधिक शब्द हैं</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 कोई IPv4 या IPv6 पता या प्रीफ़िक्स नहीं है</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>%1 में प्रीफ़िक्स की लंबाई 0 से %2 तक की कोई संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>पंक्ति %1, %2 वर्णों से लंबी है, इसलिए यह पंक्ति छोड़ दी गई है (सूची का बाकी हिस्सा फिर भी लोड होता है)।</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>पंक्ति %1: %2, इसलिए यह पंक्ति छोड़ दी गई है (सूची का बाकी हिस्सा फिर भी लोड होता है)।</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>पंक्ति %1: %2 में उसकी प्रीफ़िक्स लंबाई से आगे के बिट सेट हैं; इसे %3 के रूप में लोड किया गया है।</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>ज्ञात प्रोग्राम सूची फ़ाइल %1 एक सामान्य फ़ाइल नहीं है। नए प्रोग्राम केवल Flowscope के बंद होने तक याद रखे जाते हैं।</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>ज्ञात प्रोग्राम सूची फ़ाइल %1 पढ़ी नहीं जा सकती (%2)। नए प्रोग्राम केवल Flowscope के बंद होने तक याद रखे जाते हैं।</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>ज्ञात प्रोग्राम सूची फ़ाइल %1 क्षतिग्रस्त है (यह प्रोग्रामों की सूची नहीं है); नई सूची शुरू करने के लिए इसे कहीं और ले जाएँ। नए प्रोग्राम केवल Flowscope के बंद होने तक याद रखे जाते हैं।</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>ज्ञात प्रोग्राम सूची फ़ाइल %1 को अंत तक पढ़ा नहीं जा सका। नए प्रोग्राम केवल Flowscope के बंद होने तक याद रखे जाते हैं।</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>ज्ञात प्रोग्राम सूची फ़ाइल %1 में लिखा नहीं जा सकता (अस्थायी फ़ाइल %2 में लिखना विफल रहा); नए प्रोग्राम केवल Flowscope के बंद होने तक याद रखे जाते हैं।</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>ज्ञात प्रोग्राम सूची फ़ाइल %1 को बदला नहीं जा सकता (%2); नए प्रोग्राम केवल Flowscope के बंद होने तक याद रखे जाते हैं।</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>कार्रवाई की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>ऐसी कोई फ़ाइल या फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>इनपुट/आउटपुट त्रुटि</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>ऐसा कोई डिवाइस या पता नहीं है</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>संसाधन अस्थायी रूप से उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>मेमोरी आवंटित नहीं की जा सकती</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>अनुमति अस्वीकृत</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>डिवाइस या संसाधन व्यस्त है</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>फ़ाइल पहले से मौजूद है</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>ऐसा कोई डिवाइस नहीं है</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>यह फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>अमान्य तर्क</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>सिस्टम में बहुत अधिक फ़ाइलें खुली हैं</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>बहुत अधिक फ़ाइलें खुली हैं</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>फ़ाइल बहुत बड़ी है</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>डिवाइस पर कोई जगह नहीं बची है</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>केवल-पठन फ़ाइल सिस्टम</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>पाइप टूट गया</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>फ़ाइल नाम बहुत लंबा है</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>सिम्बॉलिक लिंक के बहुत अधिक स्तर</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>संदेश बहुत लंबा है</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>प्रोटोकॉल इस पता परिवार का समर्थन नहीं करता</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>पता पहले से उपयोग में है</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>अनुरोधित पता निर्दिष्ट नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>नेटवर्क बंद है</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>नेटवर्क तक पहुँचा नहीं जा सकता</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>सॉफ़्टवेयर के कारण कनेक्शन निरस्त हुआ</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>दूसरी ओर से कनेक्शन रीसेट किया गया</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>कोई बफ़र स्थान उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>ट्रांसपोर्ट एंडपॉइंट कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>कनेक्शन का समय समाप्त हो गया</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>कनेक्शन अस्वीकृत</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>होस्ट तक कोई रूट नहीं है</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>डिस्क कोटा पार हो गया</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope इसके बजाय अपने अंतर्निहित देश डेटाबेस का उपयोग करता है।</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope इसके बजाय अपने अंतर्निहित AS डेटाबेस का उपयोग करता है।</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; अंतर्निहित देश डेटाबेस का भी उपयोग नहीं किया जा सकता (%2)।</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; अंतर्निहित AS डेटाबेस का भी उपयोग नहीं किया जा सकता (%2)।</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>देश डेटाबेस “%1” डिस्क पर बदल गया है; Flowscope ने इसे जाँच लिया है और फिर से इसका उपयोग कर रहा है।</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>AS डेटाबेस “%1” डिस्क पर बदल गया है; Flowscope ने इसे जाँच लिया है और फिर से इसका उपयोग कर रहा है।</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>उपयोग के दौरान देश डेटाबेस बदल गया: %1; जब तक फ़ाइल फिर से उपयोग योग्य नहीं हो जाती, Flowscope अपने अंतर्निहित देश डेटाबेस का उपयोग करता है।</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>उपयोग के दौरान AS डेटाबेस बदल गया: %1; जब तक फ़ाइल फिर से उपयोग योग्य नहीं हो जाती, Flowscope अपने अंतर्निहित AS डेटाबेस का उपयोग करता है।</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>IPFIX संदेश %1 को नहीं भेजे जा सके: %2।</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>एक IPFIX संदेश कलेक्टर को नहीं भेजा जा सका (%1); क्या कलेक्टर %2 पर सुन रहा है?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>आंशिक रूप से भेजा गया</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>कलेक्टर संदेशों को पर्याप्त तेज़ी से नहीं ले रहा है (%1 KiB का बैकलॉग भर गया है)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 पते आज़माए गए: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>कलेक्टर से कनेक्शन विफल रहा (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>कलेक्टर ने कनेक्शन बंद कर दिया</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>कलेक्टर ने अंतिम संदेश समय पर नहीं लिए</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>एडेप्टर %1 खोलने से पहले</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>कैप्चर हेल्पर %1 ने 30 सेकंड के भीतर एडेप्टर %2 नहीं खोला; कैप्चर फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>%1 पर कैप्चर करते समय</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>निकास स्थिति %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>सिग्नल %1 द्वारा समाप्त किया गया, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>सिग्नल %1 द्वारा समाप्त किया गया</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>स्थिति %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope अपना कैप्चर हेल्पर शुरू नहीं कर सका (pipe: %1); फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope अपना कैप्चर हेल्पर %1 शुरू नहीं कर सका (%2); Flowscope को फिर से इंस्टॉल करें या FLOWSCOPE_CAPTURE=direct सेट करें।</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>इसकी स्थिति अज्ञात है</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>कैप्चर हेल्पर %1 %2 अप्रत्याशित रूप से रुक गया (%3); कैप्चर फिर से शुरू करें, और यदि यह बार-बार रुकता है तो सिस्टम लॉग जाँचें।</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>कैप्चर हेल्पर %1 ने ऐसा डेटा भेजा जिसे Flowscope पढ़ नहीं सकता (%2); सुनिश्चित करें कि यह Flowscope के इसी संस्करण का है और कैप्चर फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>कैप्चर हेल्पर अपनी क्षमताएँ (capabilities) नहीं छोड़ सका (%1); कैप्चर काम कर रहा है, लेकिन हेल्पर विशेषाधिकारों के साथ चलता रहता है।</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>netlink के ज़रिए सॉकेट तालिका पढ़ना विफल रहा (%1: %2)।</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 को पढ़ा नहीं जा सकता (%2); सॉकेट तालिका उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>कैप्चर हेल्पर इन्हें लोड करता है।</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF सॉकेट इवेंट बंद हैं: %1; इसके बजाय सॉकेट तालिका के स्नैपशॉट से सॉकेट के स्वामी पहचाने जाते हैं।</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>Flowscope के इस बिल्ड में eBPF समर्थन नहीं है (इसे बनाते समय libbpf, clang या bpftool मौजूद नहीं थे)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>इन्हें लोड करने के लिए root या CAP_BPF और CAP_PERFMON क्षमताएँ ज़रूरी हैं (और ऐसा कर्नेल जो लॉकडाउन में न हो)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>कर्नेल ने ट्रैकर को अस्वीकार कर दिया (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>ट्रेसपॉइंट से जुड़ने के लिए root या CAP_PERFMON ज़रूरी है</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>कर्नेल में एक ऐसा ट्रेसपॉइंट नहीं है जिसकी इन्हें ज़रूरत है (sock_send_length और sock_recv_length, Linux 6.3 में आए थे)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>ट्रैकर खोला नहीं जा सका (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>कर्नेल में BTF टाइप जानकारी नहीं है (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>सॉकेट के स्वामी eBPF सॉकेट इवेंट (कर्नेल ट्रेसपॉइंट) से पहचाने जाते हैं, और बैकअप के रूप में सॉकेट तालिका के स्नैपशॉट का उपयोग होता है।</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>आपके चुनाव के अनुसार, सॉकेट के स्वामी सॉकेट तालिका के स्नैपशॉट से पहचाने जाते हैं।</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>सॉकेट के स्वामी सॉकेट तालिका के स्नैपशॉट से पहचाने जाते हैं: eBPF सॉकेट इवेंट केवल Linux पर उपलब्ध हैं।</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>कलेक्टर का पता या होस्ट नाम दें, जैसे 192.0.2.10 या collector.example.org।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>“%1” न तो IP पता है और न ही होस्ट नाम; 192.0.2.10 या collector.example.org जैसा कुछ दें।</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>पोर्ट “%1” सीमा से बाहर है: 1 से 65535 तक की कोई संख्या दें (IPFIX कलेक्टर आमतौर पर 4739 पर सुनते हैं)।</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>होस्ट नाम “%1” किसी पते में रिज़ॉल्व नहीं होता; इसकी वर्तनी जाँचें या कलेक्टर का IP पता दें।</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>रिपोर्ट %1 में नहीं लिखी जा सकती: %2। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>होस्ट</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>सेवाएँ</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>नेटवर्क (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>अज्ञात ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>अज्ञात होस्ट</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>अज्ञात सेवा</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>अज्ञात देश</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>अज्ञात नेटवर्क</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>अभी कोई इतिहास नहीं: लाइव कैप्चर %1 में रिकॉर्ड होते हैं (सेटिंग्स → इतिहास), और उनका ट्रैफ़िक यहाँ दिखता है।</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>इतिहास डेटाबेस %1 क्षतिग्रस्त है या इतिहास डेटाबेस नहीं है: इसे कहीं और ले जाएँ या हटाएँ, और अगला लाइव कैप्चर एक नया डेटाबेस शुरू करेगा।</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>होस्ट %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>सेवा %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>ऐप्लिकेशन %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>Flowscope के इस बिल्ड में eBPF समर्थन नहीं है।</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF सॉकेट इवेंट केवल Linux पर उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>कर्नेल में BTF टाइप जानकारी नहीं है।</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>कैप्चर हेल्पर को eBPF के लिए CAP_BPF और CAP_PERFMON क्षमताओं की ज़रूरत है।</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF के लिए root या CAP_BPF और CAP_PERFMON क्षमताएँ ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>कर्नेल में ज़रूरी ट्रेसपॉइंट नहीं हैं (Linux 6.3 या बाद का चाहिए)।</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>प्रोग्राम कैप्चर हेल्पर द्वारा लोड किए गए eBPF सॉकेट इवेंट से पहचाने जाते हैं, और बैकअप के रूप में स्नैपशॉट का उपयोग होता है।</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>प्रोग्राम eBPF सॉकेट इवेंट से पहचाने जाते हैं, और बैकअप के रूप में स्नैपशॉट का उपयोग होता है।</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>आपके चुनाव के अनुसार, प्रोग्राम सॉकेट तालिका के स्नैपशॉट से पहचाने जाते हैं।</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>प्रोग्राम सॉकेट तालिका के स्नैपशॉट से पहचाने जाते हैं: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>इवेंट बफ़र भरा होने के कारण %n सॉकेट इवेंट खो गया; बड़ा बफ़र उन्हें रखता है।</numerusform>
            <numerusform>इवेंट बफ़र भरा होने के कारण %n सॉकेट इवेंट खो गए; बड़ा बफ़र उन्हें रखता है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln दिन</numerusform>
            <numerusform>%Ln दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 वर्ष</numerusform>
            <numerusform>%1 वर्ष</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>पिछला लाइव कैप्चर (%1 पर) फिर से शुरू नहीं किया गया। %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>सेटिंग्स में ट्रैफ़िक दर नियम “%1” पढ़ा नहीं जा सकता; इसे अनदेखा किया गया है। इसे सेटिंग्स में फिर से जोड़ें।</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>सेटिंग्स में डेटा सीमा नियम “%1” पढ़ा नहीं जा सकता; इसे अनदेखा किया गया है। इसे सेटिंग्स में फिर से जोड़ें।</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>पसंदीदा होस्ट “%1” IP पता नहीं है; इसे अनदेखा किया गया है।</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>पसंदीदा सेवा “%1” tcp/443 के रूप में नहीं है; इसे अनदेखा किया गया है।</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … और समस्याओं वाली %2 और पंक्तियाँ।</translation>
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
        <translation>%1 से तारा हटाएँ</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 को तारांकित करें</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>तारांकित करें या तारा हटाएँ</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>केवल तारांकित</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>केवल तारांकित आइटम दिखाएँ (किसी आइटम को तारांकित करने के लिए उस पर राइट-क्लिक करें या Ctrl+D दबाएँ)</translation>
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
        <translation>विराम में</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>प्राप्त %1 · भेजा %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>शीर्ष: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>कैप्चर हो रहा है</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 अपठित सूचना</numerusform>
            <numerusform>%1 अपठित सूचनाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 साफ़ करें</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>down</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>लूपबैक</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>वायरलेस</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>पिछले एक मिनट में %1 पर ट्रैफ़िक</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 कोई ट्रैफ़िक काउंटर नहीं देता</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>एडेप्टर</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>नया प्रोग्राम</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>ब्लॉकलिस्ट में शामिल पता</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>ट्रैफ़िक दर</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>पसंदीदा सक्रिय</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>डेटा सीमा</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>कैप्चर में समस्या</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (म्यूट)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>नहीं पहुँचाई गई: सूचनाएँ म्यूट थीं।</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>इस ऐप्लिकेशन का आज का कुछ भी अभी इतिहास में नहीं है।</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>आज आधी रात से (इतिहास): %1 प्राप्त, %2 भेजा गया</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>पिछले एक मिनट में प्राप्त + भेजने की दर, सबसे नया दाईं ओर</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>प्राप्ति दर</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>भेजने की दर</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>कुल प्राप्त</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>कुल भेजा गया</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>कनेक्शन</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>ऐप्लिकेशन %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>किसी ऐप्लिकेशन के कनेक्शनों की जाँच करने के लिए डबल-क्लिक करें या Enter दबाएँ</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>ऐप्लिकेशन केवल लाइव कैप्चर में पहचाने जाते हैं: कौन-से प्रोग्राम नेटवर्क का उपयोग करते हैं, यह देखने के लिए किसी एडेप्टर पर कैप्चर शुरू करें।</translation>
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
        <translation>मुख्य विंडो पर वापस जाने के लिए डबल-क्लिक करें; खिसकाने के लिए खींचें।</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>आने वाला</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>जाने वाला</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>अभी कोई ऐप्लिकेशन नहीं (केवल लाइव कैप्चर)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;कॉम्पैक्ट विंडो</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>कैप्चर नहीं हो रहा</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>%1 पर विराम में</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>%1 पर कैप्चर हो रहा है</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>%1 को पढ़ना विराम में</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>मुख्य विंडो दिखाएँ</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 बाइट)</numerusform>
            <numerusform>%1 (%2 बाइट)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>सब कॉपी करें</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>हर फ़ील्ड कॉपी करें, प्रति पंक्ति एक</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>प्रोटोकॉल</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>स्थानीय</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>दूरस्थ</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>सेवा पोर्ट</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>प्राप्त बाइट</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>भेजे गए बाइट</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>प्राप्त पैकेट</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>भेजे गए पैकेट</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>प्राप्ति दर</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>भेजने की दर</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>पहली बार देखा गया</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>अंतिम बार देखा गया</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP फ़्लैग</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>फ़्लो ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>कमांड लाइन</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>होस्ट नाम</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>नाम का स्रोत</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>पते का प्रकार</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 कॉपी करें</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>विवरण देखने के लिए कोई कनेक्शन चुनें।</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>अब तालिका में नहीं है</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>केवल सक्रिय</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>केवल तारांकित</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>कनेक्शन खोजें</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>प्रोटोकॉल</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>कोई भी प्रोटोकॉल</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>कोई भी दिशा</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>अधिकतर जाने वाला</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>अधिकतर आने वाला</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>पता या CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>एक पता (10.1.2.3, 2001:db8::1) या एक नेटवर्क (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>कोई भी ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>देश, AS या डोमेन</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>एक देश कोड (US), एक AS नंबर (AS15169) या एक डोमेन (google.com से www.google.com भी मेल खाता है); स्पेस से अलग किए गए कई मान सभी लागू होते हैं</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>केवल वे कनेक्शन जिनमें पिछले अंतराल में ट्रैफ़िक रहा</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>केवल वे कनेक्शन जिनका होस्ट, सेवा या ऐप्लिकेशन तारांकित है</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>ऐप्लिकेशन %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>यह न पता है न नेटवर्क; पिछला फ़िल्टर अब भी लागू है</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>छिपा हुआ (उपयोगकर्ता %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>उपयोगकर्ता %1 का एक सॉकेट: इसका प्रोग्राम देखने के लिए Flowscope को अधिक विशेषाधिकारों के साथ चलाएँ।</translation>
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
पथ %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
उपयोगकर्ता %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
पोर्ट %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>कैप्चर फ़ाइल की कोई मौजूदा दर नहीं होती; अवलोकन का चार्ट समय के साथ इसका ट्रैफ़िक दिखाता है।</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>पिछले अंतराल में प्रति सेकंड बाइट</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>केवल लाइव कैप्चर: कैप्चर फ़ाइल की कोई मौजूदा दर नहीं होती</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>प्रोटोकॉल</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>स्थानीय</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>दूरस्थ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>प्राप्त बाइट</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>भेजे गए बाइट</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>प्राप्त पैकेट</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>भेजे गए पैकेट</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>प्राप्ति दर</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>भेजने की दर</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>पहली बार देखा गया</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>अंतिम बार देखा गया</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>इस कनेक्शन का स्वामी प्रोग्राम ज्ञात नहीं है।</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>होस्ट नाम</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 से)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>%1 का झंडा</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>%1 प्रोग्राम का आइकन</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>जब कोई प्रोग्राम पहली बार नेटवर्क का उपयोग करे तो मुझे बताएँ</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>हर सूचना के साथ ध्वनि बजाएँ</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>अनम्यूट करें</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>वेबहुक पता</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>हर सूचना इस पते पर JSON POST के रूप में भी भेजी जाती है (docs/notifications.md में इसकी सामग्री का वर्णन है)।</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>नए प्रोग्राम:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>ध्वनि:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>वेबहुक:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>म्यूट:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>यह http:// या https:// पता नहीं है; इस पर सूचनाएँ नहीं भेजी जाएँगी।</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>%1 तक सभी सूचनाएँ।</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>ये नियम: %1।</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>कुछ भी म्यूट नहीं है।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>इस नियम को म्यूट करें</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>कोई D-Bus सेशन बस नहीं है।</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>D-Bus के ज़रिए डेस्कटॉप सूचनाएँ यहाँ उपलब्ध नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%3 पर %1:%2</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>देखने के लिए खोली गई कैप्चर फ़ाइलें कलेक्टर को नहीं भेजी जातीं, जब तक सेटिंग्स → निर्यात में “देखने के लिए खोली गई कैप्चर फ़ाइलें भी भेजें” चालू न हो।</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Flowscope का यह बिल्ड कलेक्टर को फ़्लो नहीं भेज सकता।</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 रिकॉर्ड</numerusform>
            <numerusform>%1 रिकॉर्ड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 संदेश</numerusform>
            <numerusform>%1 संदेश</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 (%2 में) भेजे गए, %3 छोड़े गए।</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>कुछ भी नहीं भेजा जा रहा है।</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>इस कैप्चर के फ़्लो नहीं भेजे जाते: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>%1 को भेजा जा रहा है: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>पिछला कैप्चर समाप्त हो गया। %1 को भेजा गया: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>कलेक्टर तक नहीं पहुँचा जा सकता: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: नहीं भेजा जा रहा</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: कलेक्टर तक पहुँच नहीं</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 भेजे गए, %2 छोड़े गए</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 भेजे गए</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>फ़्लो कलेक्टर को भेजें (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>हर कनेक्शन, उसके पीछे के प्रोग्राम के साथ, IPFIX रिकॉर्ड के रूप में आपके चलाए गए कलेक्टर को जाता है (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng)।</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>देखने के लिए खोली गई कैप्चर फ़ाइलें भी भेजें</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>बदलाव अगले कैप्चर से लागू होते हैं; चल रहा कैप्चर उसी तरह भेजता रहता है जैसे वह शुरू हुआ था।</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>कलेक्टर</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>पता या होस्ट नाम, जैसे 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (सामान्य; कलेक्टर बंद होने पर डेटा खो जाता है)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (फिर से कनेक्ट होता है; कलेक्टर बंद रहने तक बैकलॉग रखता है)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>होस्ट:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>ट्रांसपोर्ट:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>सक्रिय टाइमआउट:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>जारी फ़्लो की रिपोर्ट इतने अंतराल पर भेजी जाती है।</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>निष्क्रिय टाइमआउट:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>इतनी देर तक बिना ट्रैफ़िक वाले फ़्लो को समाप्त बताया जाता है।</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ऑब्ज़र्वेशन डोमेन ID:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>एंटरप्राइज़ नंबर:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>वह Private Enterprise Number जिसके तहत Flowscope के अपने एलिमेंट (प्रोसेस ID, प्रोग्राम पथ, होस्ट नाम) भेजे जाते हैं।</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>डिफ़ॉल्ट, 32473, दस्तावेज़ों के लिए RFC 5612 का नंबर है: आपके अपने नंबर की जगह रखा गया एक अस्थायी मान।</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Flowscope का यह बिल्ड कलेक्टर को फ़्लो नहीं भेज सकता।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>पैकेट/से</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>हज़ार पैकेट/से</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>मिलियन पैकेट/से</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>बिलियन पैकेट/से</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 मिलीसेकंड</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 दिन %2 घंटे</translation>
    </message>
    <message>
        <source>public</source>
        <translation>सार्वजनिक</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>लूपबैक</translation>
    </message>
    <message>
        <source>private</source>
        <translation>निजी</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>लिंक-लोकल</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>मल्टीकास्ट</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ब्रॉडकास्ट</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>आरक्षित (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS सर्वर नाम (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP Host हेडर</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS उत्तर</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS PTR उत्तर</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>रिवर्स DNS लुकअप</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>ऐप्लिकेशन के होस्ट</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 दिनों में प्रतिदिन, और दिखाई गई अवधि में इसके शीर्ष होस्ट</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>प्रतिदिन का उपयोग और शीर्ष होस्ट देखने के लिए ऐप्लिकेशन के अनुसार समूह बनाएँ और तालिका में कोई एक चुनें।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>ट्रैफ़िक इतिहास</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
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
        <translation>↓ प्राप्त · ↑ भेजा गया</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 प्राप्त, %3 भेजा गया</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>सभी: %1 प्राप्त, %2 भेजा गया</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>इस खंड के कनेक्शन सूचीबद्ध करने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>इस अवधि में कोई ट्रैफ़िक नहीं।</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>इस अवधि में: %1 प्राप्त, %2 भेजा गया। सबसे अधिक ट्रैफ़िक: %3 (%4)। सबसे व्यस्त समय: %5 (%6)।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>दूरस्थ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>प्रोटोकॉल</translation>
    </message>
    <message>
        <source>In</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>पहली बार देखा गया</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>अंतिम बार देखा गया</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>प्रतिदिन ट्रैफ़िक</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 प्राप्त, %3 भेजा गया</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>इस अवधि में कोई ट्रैफ़िक नहीं।</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>%1 दिनों में: %2 प्राप्त, %3 भेजा गया। सबसे व्यस्त दिन: %4 (%5)।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>रिपोर्ट &amp;निर्यात करें…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>इतिहास पेज की तालिका को CSV या JSON के रूप में लिखें (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>ट्रैफ़िक का योग</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>उस समय के कनेक्शन सूचीबद्ध करने के लिए चार्ट पर क्लिक करें।</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>चुनी गई अवधि के कनेक्शन</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>पिछला एक घंटा</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>इतिहास फिर से पढ़ें (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>इसके अनुसार समूहित करें:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>%1 के दौरान खुले कनेक्शन:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>इतिहास डेटाबेस %1 क्षतिग्रस्त है, इसलिए यह कैप्चर रिकॉर्ड नहीं हो रहा (लाइव दृश्य जारी है); इसे एक ओर रखने से यह जैसा है वैसा सुरक्षित रहता है और एक नया डेटाबेस शुरू होता है।</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>इतिहास डेटाबेस %1 का उपयोग नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>यह कैप्चर रिकॉर्ड नहीं हो रहा; लाइव दृश्य जारी है।</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope तय नहीं कर सकता कि इतिहास कहाँ रखा जाए (कोई होम फ़ोल्डर नहीं); दृश्य → सेटिंग्स → इतिहास में कोई डेटाबेस फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>क्षतिग्रस्त इतिहास डेटाबेस %1 के रूप में रखा गया; रिकॉर्डिंग एक नए डेटाबेस में जारी है।</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>क्षतिग्रस्त इतिहास डेटाबेस %1 के रूप में रखा गया; अगला लाइव कैप्चर एक नया डेटाबेस शुरू करेगा।</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>रिकॉर्डिंग पर विराम दें</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>रिकॉर्डिंग फिर से शुरू होने तक इस कैप्चर के ट्रैफ़िक को इतिहास से बाहर रखें</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>कोई डेटाबेस फ़ाइल ज्ञात नहीं है: ऊपर कोई एक चुनें।</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>अभी कुछ भी रिकॉर्ड नहीं हुआ: फ़ाइल पहले रिकॉर्ड किए गए लाइव कैप्चर से बनती है।</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, अभी कोई ट्रैफ़िक रिकॉर्ड नहीं हुआ।</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, %2 से %3 तक का ट्रैफ़िक, %4 कनेक्शन।</numerusform>
            <numerusform>%1, %2 से %3 तक का ट्रैफ़िक, %4 कनेक्शन।</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>लाइव कैप्चर को इतिहास में रिकॉर्ड करें</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>देखने के लिए खोली गई कैप्चर फ़ाइलें कभी रिकॉर्ड नहीं होतीं। ट्रे और कैप्चर मेनू में “रिकॉर्डिंग पर विराम दें” निजी पलों को बाहर रखता है।</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>चीज़ें कितने समय तक रखी जाएँ, यह चल रहे कैप्चर पर तुरंत लागू होता है; रिकॉर्डिंग चालू या बंद करना और दूसरी डेटाबेस फ़ाइल अगले लाइव कैप्चर से लागू होते हैं।</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>हमेशा के लिए</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> कनेक्शन</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>मिनट-वार, इतने समय तक:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>घंटे-वार, इतने समय तक:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>दिन-वार, इतने समय तक:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>कनेक्शन, अधिकतम:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>आकार सीमा:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>पुराने मिनट घंटों में और घंटे दिनों में जोड़ दिए जाते हैं, इसलिए योग सटीक रहते हैं। आकार सीमा से आगे सबसे पुरानी पंक्तियाँ पहले हटती हैं: कनेक्शन, फिर मिनट, घंटे और दिन।</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>इतिहास डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>फिर से डिफ़ॉल्ट स्थान का उपयोग करें</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>इतिहास इस कंप्यूटर पर एक SQLite फ़ाइल है; इससे कुछ भी बाहर नहीं जाता। flowscope-cli report भी यही फ़ाइल पढ़ता है। खाली फ़ील्ड: डिफ़ॉल्ट स्थान, %1।</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>यहाँ अज्ञात (कोई होम फ़ोल्डर नहीं)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>अभी इसमें है:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>इतिहास डेटाबेस चुनें</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>इतिहास डेटाबेस (*.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>उपयोगकर्ता %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 प्राप्त, %2 भेजा गया</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>In</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>पैकेट</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: खोजें; Ctrl+D: होस्ट, सेवा या ऐप्लिकेशन को तारांकित करें; Ctrl+Shift+C: कॉलम चुनें</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>कनेक्शन विवरण</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>कनेक्शन खोजें</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>कॉलम चुनें</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>कनेक्शन</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>सिस्टम डिफ़ॉल्ट (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope अगली बार शुरू होने पर नई भाषा में दिखेगा।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>कैप्चर हो रहा है</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>विराम में</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> दृश्य → सेटिंग्स… में कोई दूसरी फ़ाइल चुनें, या अंतर्निहित फ़ाइल रखने के लिए फ़ील्ड खाली करें।</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;कैप्चर फ़ाइल खोलें…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;विराम</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>कैप्चर पर विराम दें या उसे जारी रखें (Space, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;रोकें</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>कैप्चर रोकें (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>Flowscope के &amp;बारे में</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;कैप्चर</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;प्रारंभ</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;अवलोकन</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;जाँच</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;सूचनाएँ</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;इतिहास</translation>
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
        <translation>&amp;सिस्टम</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;हल्की</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;गहरी</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>से&amp;टिंग्स…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>कैप्चर</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>कैप्चर फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>कैप्चर फ़ाइलें (*.pcap *.pcapng *.cap *.dmp);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;एक नेटवर्क मॉनिटर: यह मशीन किससे बात करती है, लाइव या किसी कैप्चर फ़ाइल से।&lt;/p&gt;&lt;p&gt;Qt %2 के साथ बनाया गया (Qt %3 पर चल रहा है)।&lt;br&gt;%4 से कैप्चर करता है।&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0)।&lt;br&gt;AS डेटा &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; और &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; से (CC BY 4.0)।&lt;br&gt;झंडों के आइकन &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; से (MIT)।&lt;br&gt;डेटाबेस libmaxminddb से पढ़े जाते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Flowscope के बारे में</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;जारी रखें</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 पैकेट</numerusform>
            <numerusform>%1 पैकेट</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 छोड़े गए</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>प्रारंभ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;थीम</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>प्रोग्राम लाइव कैप्चर के दौरान पहचाने जाते हैं।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>समय के साथ ट्रैफ़िक</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>पिछले %1 सेकंड</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>सभी को पढ़ा हुआ चिह्नित करें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>किसी अलर्ट के कनेक्शनों की जाँच करने के लिए डबल-क्लिक करें या Enter दबाएँ</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>अभी कोई सूचना नहीं। लाइव कैप्चर के दौरान अलर्ट यहाँ दिखते हैं: पहली बार नेटवर्क का उपयोग करने वाला कोई प्रोग्राम, और सेटिंग्स में आपके तय किए गए नियम।</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%2 में से %1 अपठित</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>इससे ऊपर</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>For</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>दर नियम</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>दर नियम जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>सीमा से ऊपर ट्रैफ़िक दर</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>डेटा मात्रा सीमाएँ</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>डेटा सीमा जोड़ें</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>सीमा से ऊपर डेटा मात्रा</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>सारा ट्रैफ़िक</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>खाली: सारा ट्रैफ़िक; अन्यथा किसी प्रोग्राम का पथ या नाम</translation>
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
        <translation> सेकंड</translation>
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
        <translation>दिन</translation>
    </message>
    <message>
        <source>month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>ब्लॉकलिस्ट फ़ाइलें</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>ब्लॉकलिस्ट चुनें</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP सूचियाँ (*.netset *.ipset *.txt *.list);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>फ़ाइलें जोड़ें…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>सादे टेक्स्ट वाली IP/CIDR सूचियाँ (प्रति पंक्ति एक प्रविष्टि, # वाली टिप्पणियाँ, जैसे FireHOL उन्हें प्रकाशित करता है), IPv4 और IPv6।</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>ब्लॉकलिस्ट</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>लोड नहीं हुई</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>तारांकित आइटम</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>इतनी देर निष्क्रिय रहने के बाद फिर से सूचित करें</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>अवलोकन, जाँच और ऐप्लिकेशन पेजों पर होस्ट, सेवाओं और ऐप्लिकेशनों को तारांकित करें।</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>पसंदीदा</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>होस्ट %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>सेवा %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>ऐप्लिकेशन %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>प्राप्त बाइट</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>प्राप्त IP ट्रैफ़िक</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>भेजे गए बाइट</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>भेजा गया IP ट्रैफ़िक</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>पैकेट</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>कैप्चर किया गया हर फ़्रेम</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>पैकेट/सेकंड</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>पिछले एक सेकंड में पैकेट</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>फ़्लो</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>अब तक देखे गए कनेक्शन</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>छोड़े गए</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>कर्नेल, एडेप्टर या Flowscope की कतार द्वारा खोए गए फ़्रेम</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>कैप्चर द्वारा कवर किया गया समय</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;ट्रैफ़िक&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>इकाई:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>बाइट/सेकंड</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>बिट/सेकंड</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>पैकेट/सेकंड</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>शीर्ष ऐप्लिकेशन</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>किसी ऐप्लिकेशन के कनेक्शनों की जाँच करने के लिए उस पर क्लिक करें</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>शीर्ष होस्ट</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>शीर्ष सेवाएँ</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>होस्ट %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>सेवा %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>ऐप्लिकेशन %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>किसी प्रविष्टि के कनेक्शनों की जाँच करने के लिए उस पर क्लिक करें</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>अब तक देखे गए कनेक्शन (अभी तालिका में %1)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>कनेक्शन के पीछे के प्रोग्राम</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>प्रोग्राम पहचानने का तरीका</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>स्वचालित (अनुमति होने पर eBPF, अन्यथा स्नैपशॉट)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF सॉकेट इवेंट</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>केवल स्नैपशॉट</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>इवेंट बफ़र</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>अगले लाइव कैप्चर से लागू होगा।</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>प्रोग्राम पहचानने का तरीका:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>इवेंट बफ़र:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>इसे एक ओर रखें और नया डेटाबेस शुरू करें</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>देश डेटाबेस:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS डेटाबेस:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>खाली: अंतर्निहित DB-IP Lite डेटाबेस। GeoLite2, GeoIP2, DB-IP और IPinfo की MMDB फ़ाइलें काम करती हैं।</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>पतों के होस्ट नाम खोजें (रिवर्स DNS, लाइव कैप्चर)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>देश डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>अंतर्निहित (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>डेटाबेस चुनें</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB फ़ाइलें (*.mmdb);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>अंतर्निहित डेटाबेस का उपयोग जारी रहेगा।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>कैप्चर को pcap फ़ाइल में सहेजें</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>कैप्चर शुरू करें</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>कैप्चर फ़ाइल खोलें…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;अपने नेटवर्क पर नज़र रखें&lt;/h2&gt;लाइव कैप्चर के लिए कोई एडेप्टर चुनें, या कोई कैप्चर फ़ाइल खोलें।</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>जाँच हो रही है कि Flowscope इस कंप्यूटर पर कैप्चर कर सकता है या नहीं…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>कैप्चर &amp;फ़िल्टर:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF एक्सप्रेशन, जैसे tcp port 443 या host 10.0.0.1 (खाली: सब कुछ)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>नेटवर्क एडेप्टर</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>कैप्चर सहेजने के लिए फ़ाइल</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>कैप्चर फ़ाइलें</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>हाल की फ़ाइलें:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>हाल की कैप्चर फ़ाइलें</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>कोई फ़िल्टर नहीं: हर पैकेट कैप्चर होता है।</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>मान्य</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>पहले कैप्चर फ़िल्टर ठीक करें</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>कैप्चर इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap फ़ाइलें (*.pcap);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>कैप्चर फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>कैप्चर (*.pcap *.pcapng *.cap);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>कैप्चर फ़ाइलें अब भी खोली जा सकती हैं।</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>आपकी खोली गई फ़ाइलें यहाँ दिखती हैं</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>स्टार्टअप</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>मेरे लॉग इन करने पर Flowscope शुरू करें</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Flowscope शुरू होने पर पिछला लाइव कैप्चर जारी रखें</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>आपके लॉग इन करने पर Flowscope को उसकी विंडो के बिना, ट्रे में शुरू करता है।</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>जब Flowscope बिना कैप्चर फ़ाइल या एडेप्टर के शुरू होता है, तो यह पिछले लाइव कैप्चर के एडेप्टर पर और उसी फ़िल्टर के साथ फिर से कैप्चर करता है।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;उच्च कंट्रास्ट</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>&amp;थीम फ़ोल्डर खोलें…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (अमान्य)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>थीम फ़ाइल %1 का उपयोग नहीं हुआ: %2 इसे ठीक करें, फिर दृश्य → थीम में इसे दोबारा चुनें।</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>फ़ाइल 64 KB से बड़ी है; थीम कुछ रंगों की सूची होती है (docs/themes.md देखें)।</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>फ़ाइल में &quot;name = …&quot; पंक्ति नहीं है; दिखाए जाने वाले नाम के साथ एक पंक्ति जोड़ें।</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>पंक्ति %1: &quot;कुंजी = मान&quot; अपेक्षित था।</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>पंक्ति %1: &quot;%2&quot; दो बार दिया गया है; एक रखें।</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>पंक्ति %1: नाम UTF-8 पाठ के 1 से 80 वर्णों का होना चाहिए।</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>पंक्ति %1: based-on &quot;light&quot; या &quot;dark&quot; होना चाहिए।</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>पंक्ति %1: अज्ञात कुंजी &quot;%2&quot;; docs/themes.md में वे कुंजियाँ दी गई हैं जिन्हें थीम सेट कर सकती है।</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>पंक्ति %1: &quot;%2&quot; कोई रंग नहीं है; इसे #rrggbb के रूप में लिखें।</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>थीम फ़ाइल %1 पढ़ने में कठिन है: %3 पर %2 का कंट्रास्ट केवल %4:1 है, जो पाठ के लिए आवश्यक 4.5:1 से कम है। फ़ाइल में इन रंगों को एक-दूसरे से अधिक अलग करें।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 प्राप्त, %3 भेजा गया</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>बाइट</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>आने वाला</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>जाने वाला</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>समय के साथ ट्रैफ़िक</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>कोई ट्रैफ़िक नहीं</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>फ़ाइलें: किसी समय-सीमा पर ज़ूम इन करने के लिए खींचें, ज़ूम आउट करने के लिए राइट-क्लिक करें (कीबोर्ड: +, - और 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>%1 तक कोई ट्रैफ़िक नहीं</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>अभी कोई ट्रैफ़िक नहीं।</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>नवीनतम: आने वाला %1, जाने वाला %2। अधिकतम: आने वाला %3 (%4 पर), जाने वाला %5 (%6 पर)।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>विंडो दिखाएँ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>विराम</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>एडेप्टर बदलें</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>अवलोकन खोलें</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>ऐप्लिकेशन खोलें</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>सूचनाएँ खोलें</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>सूचनाएँ म्यूट करें</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 घंटे के लिए</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>कल तक</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>अनम्यूट करें</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>कॉम्पैक्ट विंडो</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>इस डेस्कटॉप में सिस्टम ट्रे नहीं है (GNOME को AppIndicator एक्सटेंशन चाहिए), इसलिए विंडो बंद करने से Flowscope बंद हो जाता है।</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>इस डेस्कटॉप में सिस्टम ट्रे नहीं है (GNOME को AppIndicator एक्सटेंशन चाहिए), इसलिए छोटा करके शुरू करने के बजाय विंडो दिखाई जाती है।</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>विंडो छिपाएँ</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>कोई एडेप्टर नहीं</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>%1 पर कैप्चर नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope निगरानी जारी रखता है</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>इसका ट्रे आइकन विंडो को वापस लाता है; “बाहर निकलें” इसके मेनू में है।</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>पूछें</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>ट्रे में निगरानी जारी रखें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>विंडो बंद करने पर:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>यह http:// या https:// पता नहीं है</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP स्थिति %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 सेकंड में कोई उत्तर नहीं</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>सूचना वेबहुक %1 विफल रहा (%2); अलर्ट अब भी सूचनाएँ पेज पर सूचीबद्ध हैं। सेटिंग्स में पता जाँचें।</translation>
    </message>
</context>
</TS>
