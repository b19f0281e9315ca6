<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 و%2 أخرى</numerusform>
            <numerusform>%1 و%2 آخر</numerusform>
            <numerusform>%1 و%2 آخران</numerusform>
            <numerusform>%1 و%2 أخرى</numerusform>
            <numerusform>%1 و%2 أخرى</numerusform>
            <numerusform>%1 و%2 أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list (&quot;firefox, curl&quot;): the language&apos;s list separator.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two names of a list: &quot;firefox, curl and wget&quot; (%1 the others, %2 the last).</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>كل الحركة</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>حركة %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>المضيف المفضّل %1 نشط</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>الخدمة المفضّلة %1 نشطة</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>البرنامج المفضّل %1 نشط</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 برنامج استخدمت الشبكة لأول مرة</numerusform>
            <numerusform>%1 برنامج استخدم الشبكة لأول مرة</numerusform>
            <numerusform>%1 برنامجان استخدما الشبكة لأول مرة</numerusform>
            <numerusform>%1 برامج استخدمت الشبكة لأول مرة</numerusform>
            <numerusform>%1 برنامجاً استخدمت الشبكة لأول مرة</numerusform>
            <numerusform>%1 برنامج استخدمت الشبكة لأول مرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>جرى الاتصال بـ%1 عنوان في قوائم الحظر</numerusform>
            <numerusform>جرى الاتصال بـ%1 عنوان في قائمة الحظر</numerusform>
            <numerusform>جرى الاتصال بـ%1 عنوانين في قوائم الحظر</numerusform>
            <numerusform>جرى الاتصال بـ%1 عناوين في قوائم الحظر</numerusform>
            <numerusform>جرى الاتصال بـ%1 عنواناً في قوائم الحظر</numerusform>
            <numerusform>جرى الاتصال بـ%1 عنوان في قوائم الحظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 معدّل حركة ظلّت فوق حدودها</numerusform>
            <numerusform>%1 معدّل حركة ظلّ فوق حدّه</numerusform>
            <numerusform>%1 معدّلا حركة ظلّا فوق حدّيهما</numerusform>
            <numerusform>%1 معدّلات حركة ظلّت فوق حدودها</numerusform>
            <numerusform>%1 معدّلاً للحركة ظلّت فوق حدودها</numerusform>
            <numerusform>%1 معدّل حركة ظلّت فوق حدودها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 عنصر مفضّل أصبحت نشطة</numerusform>
            <numerusform>%1 عنصر مفضّل أصبح نشطاً</numerusform>
            <numerusform>%1 عنصران مفضّلان أصبحا نشطين</numerusform>
            <numerusform>%1 عناصر مفضّلة أصبحت نشطة</numerusform>
            <numerusform>%1 عنصراً مفضّلاً أصبحت نشطة</numerusform>
            <numerusform>%1 عنصر مفضّل أصبحت نشطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>تم تجاوز %1 حدّ بيانات</numerusform>
            <numerusform>تم تجاوز %1 حدّ بيانات</numerusform>
            <numerusform>تم تجاوز %1 حدَّي بيانات</numerusform>
            <numerusform>تم تجاوز %1 حدود بيانات</numerusform>
            <numerusform>تم تجاوز %1 حدّاً للبيانات</numerusform>
            <numerusform>تم تجاوز %1 حدّ بيانات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 مشكلة في الالتقاط</numerusform>
            <numerusform>%1 مشكلة في الالتقاط</numerusform>
            <numerusform>%1 مشكلتان في الالتقاط</numerusform>
            <numerusform>%1 مشكلات في الالتقاط</numerusform>
            <numerusform>%1 مشكلةً في الالتقاط</numerusform>
            <numerusform>%1 مشكلة في الالتقاط</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>الاتصالات الأولى: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>جرى الاتصال بعناوين في قوائم الحظر: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>ظلّت الحركة فوق حدّها: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>بدأت حركة %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>تجاوزت الحركة حدّها: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>واجه الالتقاط مشكلات: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>استخدم %1 الشبكة لأول مرة</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>العنوان %1 مُدرج في قائمة الحظر %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: فوق %2 لمدة %3 ث</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: فوق الحدّ اليومي البالغ %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: فوق الحدّ الشهري البالغ %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>اختفى المحوّل</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>توقّف الالتقاط بسبب خطأ</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>يُهمل الالتقاط %1 من الإطارات</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>أجرى %1 أول اتصال له.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>أجرى %1 أول اتصال له (المستخدم %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>جرى اتصال بالعنوان %1، المُدرج في %2 على أنه %3 (السطر %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>اتصل %5 بالعنوان %1، المُدرج في %2 على أنه %3 (السطر %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>بدأت الحركة: %1 عبر %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>بدأت الحركة: %1 عبر %2 بواسطة %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>ظلّت %1 فوق %2 لمدة %3 ثانية.</numerusform>
            <numerusform>ظلّت %1 فوق %2 لمدة %3 ثانية.</numerusform>
            <numerusform>ظلّت %1 فوق %2 لمدة %3 ثانيتين.</numerusform>
            <numerusform>ظلّت %1 فوق %2 لمدة %3 ثوانٍ.</numerusform>
            <numerusform>ظلّت %1 فوق %2 لمدة %3 ثانية.</numerusform>
            <numerusform>ظلّت %1 فوق %2 لمدة %3 ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>بلغت %1 اليوم %2، متجاوزةً الحدّ البالغ %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>بلغت %1 هذا الشهر %2، متجاوزةً الحدّ البالغ %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>الإطارات المفقودة في آخر %3 ث: %1 من أصل %2؛ لا يستطيع الجهاز أو Flowscope المواكبة. ضيّق نطاق الالتقاط بمرشّح أو أغلق البرامج الأخرى التي تُثقل الجهاز.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>تعذّر على Flowscope إنشاء المجلد %1، لذا لن يبدأ عند تسجيل الدخول؛ تحقّق من أنّ لديك صلاحية الكتابة هناك ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>تعذّر على Flowscope كتابة %1 (%2)، لذا لن يبدأ عند تسجيل الدخول؛ تحقّق من أنّ لديك صلاحية الكتابة في %3 ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>تعذّر على Flowscope حذف %1 (%2)، لذا سيبقى يبدأ عند تسجيل الدخول؛ تحقّق من أنّ لديك صلاحية الكتابة في %3 ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>تعذّر على Flowscope كتابة قيمة السجلّ %1، لذا لن يبدأ عند تسجيل الدخول؛ تحقّق من أنّ حسابك يملك صلاحية تغييرها ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>تعذّر على Flowscope حذف قيمة السجلّ %1، لذا سيبقى يبدأ عند تسجيل الدخول؛ تحقّق من أنّ حسابك يملك صلاحية تغييرها ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>الإذن مرفوض: لا يحقّ لـ Flowscope قراءة %1. امنح مستخدمك صلاحية قراءة الملف، أو انسخه إلى أحد مجلداتك، ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>لا يوجد محوّل شبكة باسم «%1». اختر أحد المحوّلات المعروضة في صفحة البدء.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>توقّف محوّل الشبكة %1 أو اختفى أثناء الالتقاط. أعد توصيله وابدأ من جديد، أو اختر محوّلاً آخر في صفحة البدء؛ يبقى ما التُقط معروضاً.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>لم يُختر أي محوّل شبكة؛ اختر واحداً في صفحة البدء.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>لا يمكن فتح %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>إغلاق Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>متابعة المراقبة من علبة النظام؟</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>يستطيع Flowscope متابعة الالتقاط وإشعارك والنافذة مغلقة؛ وتعيد أيقونته في علبة النظام النافذة. أو أنهِ البرنامج وأوقف المراقبة.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>إبقاؤه في العلبة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>لا تسأل مجدداً (يمكن تغييره في الإعدادات)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>تعذّر على Flowscope سرد محوّلات الشبكة (libpcap: %1)؛ تحقّق من أنّ مكدّس الشبكة في النظام يعمل ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>تعذّر على libpcap تجهيز مُصرِّف للمرشّحات (هل نفدت الذاكرة؟)؛ أعد المحاولة أو أعد تشغيل Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>مرشّح الالتقاط «%1» غير صالح: %2؛ صحّحه (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>راجع `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>حصة القرص استُنفدت</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>الملف بلغ أقصى حجم مسموح به</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>القرص أبلغ عن خطأ</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>لا يحقّ لـ Flowscope الكتابة في %1 (%2)؛ اختر مجلداً لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>المسار %1 مجلد؛ أدخل اسم ملف pcap المراد كتابته، مثل %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>مجلد %1 غير موجود؛ أنشئه أو اختر موقعاً آخر.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>لا يستطيع Flowscope إنشاء %1 (%2)؛ اختر موقعاً آخر.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>توقّفت الكتابة في %1 بعد %2 إطار لأنّ %3 (%4)؛ يحتوي الملف على تلك الإطارات ويبقى قابلاً للقراءة، ويستمر الالتقاط دون حفظ: حرّر بعض المساحة أو اختر موقعاً آخر.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>توقّفت الكتابة في %1 بعد %2 إطار لأنّ %3 (%4)؛ قد يكون إطاره الأخير مبتوراً، ويستمر الالتقاط دون حفظ: حرّر بعض المساحة أو اختر موقعاً آخر.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>لا يستطيع Flowscope الكتابة في %1 لأنّ %2 (%3)؛ حرّر بعض المساحة أو اختر موقعاً آخر.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>فشلت الكتابة في %1 عند إغلاق الملف (%2)؛ قد لا يتّسع القرص للملف كاملاً، فتحقّق منه أو اختر موقعاً آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>ينتهي الملف %1 في منتصف %2 (إزاحة البايت %3): الملف مبتور، وقُرئت قبل ذلك %4 حزمة كاملة.</numerusform>
            <numerusform>ينتهي الملف %1 في منتصف %2 (إزاحة البايت %3): الملف مبتور، وقُرئت قبل ذلك %4 حزمة كاملة.</numerusform>
            <numerusform>ينتهي الملف %1 في منتصف %2 (إزاحة البايت %3): الملف مبتور، وقُرئت قبل ذلك %4 حزمتان كاملتان.</numerusform>
            <numerusform>ينتهي الملف %1 في منتصف %2 (إزاحة البايت %3): الملف مبتور، وقُرئت قبل ذلك %4 حزم كاملة.</numerusform>
            <numerusform>ينتهي الملف %1 في منتصف %2 (إزاحة البايت %3): الملف مبتور، وقُرئت قبل ذلك %4 حزمة كاملة.</numerusform>
            <numerusform>ينتهي الملف %1 في منتصف %2 (إزاحة البايت %3): الملف مبتور، وقُرئت قبل ذلك %4 حزمة كاملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>فشلت قراءة %1 عند إزاحة البايت %2 (%3)؛ تحقّق من القرص أو انسخ الملف إلى قرص محلي.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>الملف %1 فارغ (0 بايت)، فلا يحتوي على أي حزمة؛ اختر ملف التقاط حُفظ بواسطة Wireshark أو tcpdump أو Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>حجم الملف %1 هو %2 بايت فقط، وهو أصغر من أن يكون ملف التقاط pcap أو pcapng.</numerusform>
            <numerusform>حجم الملف %1 هو %2 بايت فقط، وهو أصغر من أن يكون ملف التقاط pcap أو pcapng.</numerusform>
            <numerusform>حجم الملف %1 هو %2 بايت فقط، وهو أصغر من أن يكون ملف التقاط pcap أو pcapng.</numerusform>
            <numerusform>حجم الملف %1 هو %2 بايتات فقط، وهو أصغر من أن يكون ملف التقاط pcap أو pcapng.</numerusform>
            <numerusform>حجم الملف %1 هو %2 بايتاً فقط، وهو أصغر من أن يكون ملف التقاط pcap أو pcapng.</numerusform>
            <numerusform>حجم الملف %1 هو %2 بايت فقط، وهو أصغر من أن يكون ملف التقاط pcap أو pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>الملف %1 ليس ملف التقاط pcap أو pcapng (رقم سحري غير معروف %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>الملف %1 غير موجود؛ تحقّق من اسم الملف والمجلد.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>لا يحقّ لـ Flowscope قراءة %1؛ امنح مستخدمك صلاحية قراءته أو انسخه إلى مكان آخر.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>يتعذّر فتح %1 (%2)؛ تحقّق من أنّ الملف متاح الوصول.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>المسار %1 مجلد وليس ملف التقاط؛ اختر ملف .pcap أو .pcapng داخله.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>لذا تعذّرت قراءة أي حزمة منه (قد يتمكّن pcapfix من إصلاح الملف).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>لذا توقّفت القراءة بعد %1 حزمة سبقتها (قد يتمكّن pcapfix من إصلاح الملف).</numerusform>
            <numerusform>لذا توقّفت القراءة بعد %1 حزمة سبقتها (قد يتمكّن pcapfix من إصلاح الملف).</numerusform>
            <numerusform>لذا توقّفت القراءة بعد %1 حزمتين سبقتاها (قد يتمكّن pcapfix من إصلاح الملف).</numerusform>
            <numerusform>لذا توقّفت القراءة بعد %1 حزم سبقتها (قد يتمكّن pcapfix من إصلاح الملف).</numerusform>
            <numerusform>لذا توقّفت القراءة بعد %1 حزمة سبقتها (قد يتمكّن pcapfix من إصلاح الملف).</numerusform>
            <numerusform>لذا توقّفت القراءة بعد %1 حزمة سبقتها (قد يتمكّن pcapfix من إصلاح الملف).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>لم يُختر أي محوّل شبكة؛ اختر واحداً من قائمة `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>شغّل Flowscope بصلاحيات المسؤول، أو امنحه القدرة (capability) اللازمة مرة واحدة: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>الملف %1 مبتور: حجمه %2 بايت فقط، أي أقل من ترويسة ملف pcap البالغة 24 بايتاً، لذا يُرجَّح أنه لم يُكتب أو يُنسخ بالكامل.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>يستخدم %1 الإصدار %2.%3 من تنسيق pcap، وهو إصدار لا يستطيع Flowscope قراءته؛ حوّله إلى pcapng باستخدام «Save As» (حفظ باسم) في Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>الحزمة %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>الملف %1 تالف: ترويسة القيد %2 عند إزاحة البايت %3 تدّعي %4 بايت ملتقَط، وهو أكثر من الحد البالغ %5، %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>لا يوجد محوّل شبكة باسم «%1»؛ شغّل `flowscope-cli interfaces` لسرد المحوّلات التي يمكنك الالتقاط عليها.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>ليس لدى Flowscope إذن بالالتقاط على %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>محوّل الشبكة %1 متوقّف؛ فعّله (أو صِله) ثم ابدأ الالتقاط من جديد.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>محوّل الشبكة %1 لا يدعم وضع المراقبة (monitor mode)؛ اختر محوّلاً آخر.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>تعذّر على Flowscope بدء الالتقاط على %1 (%2: %3)؛ تحقّق من المحوّل ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>تعذّر تثبيت مرشّح الالتقاط «%1» على %2 (%3: %4)؛ جرّب مرشّحاً أبسط.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>تعذّر على Flowscope تجهيز الالتقاط على %1 (%2: %3)؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>توقّف محوّل الشبكة %1 أو اختفى أثناء الالتقاط (%2: %3)؛ أعد توصيله أو اختر محوّلاً آخر باستخدام `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>فشل الالتقاط على %1 (%2: %3)؛ ابدأ الالتقاط من جديد.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>الكتلة %1 عند إزاحة البايت %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>الملف %1 مبتور: ينتهي داخل ترويسة قسم pcapng، لذا يُرجَّح أنه لم يُكتب أو يُنسخ بالكامل.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>الملف %1 تالف: طول ترويسة القسم (%2) هو %3 بايت فقط (يلزم 28 على الأقل)، %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>يستخدم %1 الإصدار %2.%3 من pcapng، وهو إصدار لا يستطيع Flowscope قراءته؛ أعد حفظه باستخدام Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>الملف %1 تالف: أحد خيارات ترويسة القسم (%2) يدّعي %3 بايت، وهو أكثر مما تتّسع له كتلته، لذا لا يمكن قراءة أي حزمة منه (قد يتمكّن pcapfix من إصلاح الملف).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>الملف %1 تالف: وصف الواجهة (%2) قصير جداً.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>الملف %1 تالف: أحد خيارات وصف الواجهة (%2) يدّعي %3 بايت، وهو أكثر مما تتّسع له كتلته، %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>الكتلة %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>الملف %1 تالف: الرقم السحري لترتيب البايتات في ترويسة القسم (%2) غير صالح.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>طولها %1 بايت، وهو أقل من الحد الأدنى البالغ 12 بايتاً</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>طولها %1 بايت، وهو ليس من مضاعفات 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>تدّعي طولاً قدره %1 بايت، وهو أكبر من أي كتلة حقيقية</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>حقل الطول في نهايتها يختلف عن حقل الطول في بدايتها (%1 بدلاً من %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>هي كتلة حزمة أقصر من أن تتّسع لحقولها</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>تدّعي %1 بايت ملتقَط، وهو أكثر مما تتّسع له</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>تشير إلى الواجهة %1، لكن قسمها لا يصف قبلها سوى %2 واجهة</numerusform>
            <numerusform>تشير إلى الواجهة %1، لكن قسمها لا يصف قبلها سوى %2 واجهة</numerusform>
            <numerusform>تشير إلى الواجهة %1، لكن قسمها لا يصف قبلها سوى %2 واجهتين</numerusform>
            <numerusform>تشير إلى الواجهة %1، لكن قسمها لا يصف قبلها سوى %2 واجهات</numerusform>
            <numerusform>تشير إلى الواجهة %1، لكن قسمها لا يصف قبلها سوى %2 واجهة</numerusform>
            <numerusform>تشير إلى الواجهة %1، لكن قسمها لا يصف قبلها سوى %2 واجهة</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>هي كتلة حزمة بسيطة أقصر من أن تتّسع لحقولها</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>هي حزمة، لكن قسمها لا يصف أي واجهة قبلها</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>الملف %1 تالف: %2 %3، %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>ثُبّت Npcap للمسؤولين فقط: شغّل Flowscope كمسؤول، أو أعد تثبيت Npcap دون الخيار «Restrict Npcap driver&apos;s access to Administrators only».</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>راجع صياغة pcap-filter على %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>لا توجد بعد قاعدة بيانات سجلّ في «%1»؛ تُنشئها عمليات الالتقاط المباشر (يسجّلها تطبيق سطح المكتب، أو شغّل flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>تتعذّر قراءة قاعدة بيانات السجلّ «%1» (لا إذن بالوصول إليها، أو إلى مجلدها أثناء التسجيل فيها)؛ اقرأها بصفتك مالكها، أو انسخها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>«%1» قاعدة بيانات لبرنامج آخر، وليست سجلّ Flowscope؛ اختر ملفاً آخر.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>كُتبت قاعدة بيانات السجلّ «%1» بإصدار أحدث من Flowscope (المخطط %2، وهذا الإصدار يعرف حتى %3)؛ حدّث Flowscope أو اختر ملفاً آخر.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>قاعدة بيانات السجلّ «%1» تالفة (إصدار المخطط %2، ولا يكتبه أي إصدار من Flowscope)؛ انقلها جانباً وابدأ قاعدة جديدة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>لا يحتوي «%1» على أي سجلّ بعد؛ تُسجَّل فيه عمليات الالتقاط المباشر.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>يتعذّر إنشاء مجلد قاعدة بيانات السجلّ «%1» (%2)؛ اختر ملفاً آخر أو اسمح بالكتابة هناك.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>تعذّر نقل قاعدة بيانات السجلّ التالفة «%1» جانباً (%2)؛ انقلها أو احذفها بنفسك.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>قاعدة بيانات السجلّ «%1» مقفلة من قِبل برنامج آخر؛ أغلق ذلك البرنامج (أو اختر ملفاً آخر) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>تتعذّر الكتابة في قاعدة بيانات السجلّ «%1» (للقراءة فقط أو لا إذن بالكتابة)؛ اسمح بالكتابة فيها وفي مجلدها، أو اختر ملفاً آخر.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>قاعدة بيانات السجلّ «%1» تالفة؛ انقلها جانباً وابدأ قاعدة جديدة (لا يمكن قراءة ما سُجّل فيها).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>القرص الذي يحمل قاعدة بيانات السجلّ «%1» ممتلئ؛ حرّر بعض المساحة أو خفّض حدّ حجم السجلّ، ثم ابدأ التسجيل من جديد.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>يتعذّر فتح قاعدة بيانات السجلّ «%1»؛ تحقّق من أنّ مجلدها موجود وقابل للكتابة، أو اختر ملفاً آخر.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>يتعذّر فتح قاعدة بيانات السجلّ «%1» (%2)؛ تحقّق من أنّ مجلدها موجود وقابل للكتابة، أو اختر ملفاً آخر.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>تعذّرت القراءة من قاعدة بيانات السجلّ «%1» أو الكتابة فيها (خطأ إدخال/إخراج)؛ تحقّق من القرص الموجودة عليه.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>تعذّرت القراءة من قاعدة بيانات السجلّ «%1» أو الكتابة فيها (خطأ إدخال/إخراج: %2)؛ تحقّق من القرص الموجودة عليه.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>أعادت قاعدة بيانات السجلّ «%1» خطأً غير متوقّع.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>أعادت قاعدة بيانات السجلّ «%1» خطأً غير متوقّع (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>لا يمكن تطبيق مرشّح الالتقاط على نوع الربط %1؛ استُبعدت الإطارات من هذا النوع.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>تعذّرت كتابة %1 إطار في %2 لأنّ القرص كان بطيئاً جداً.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>لا يفكّ Flowscope ترميز نوع الربط %1: تُحتسب حزمه على أنها غير IP ولا تُكوّن اتصالات؛ افتح الالتقاط في Wireshark لرؤية محتواها.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>بحث DNS العكسي معطّل: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>يتعذّر تحديد العمليات: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>أسقطت النواة أحداث مقابس لأن المخزن المؤقت للأحداث كان ممتلئًا، لذا قد لا يظهر برنامج لبعض الاتصالات القصيرة؛ كبّر المخزن المؤقت للأحداث (الإعدادات، أو ‎--event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>فشل بسبب خطأ غير معروف.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>توقّف الجزء «%1»: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>تعذّر تحويل اسم المُجمِّع «%1» إلى عنوان (%2)؛ أدخل عنواناً أو اسم مضيف معروفاً.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>تعذّر فتح مقبس UDP إلى المُجمِّع %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>يحتوي على أرقام AS دون البلدان</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>يحتوي على البلدان دون أرقام AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>لا يحتوي على البلدان ولا على أرقام AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>قاعدة بيانات للبلدان (GeoLite2 أو GeoIP2 من نوع Country أو City، أو DB-IP، أو IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>قاعدة بيانات AS ‏(GeoLite2 ASN، أو GeoIP2 ISP، أو IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>الملف «%1» (%2) %3؛ اختر %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>ملف قاعدة البيانات «%1» غير موجود؛ تحقّق من المسار.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>المسار «%1» مجلد وليس ملف قاعدة بيانات؛ اختر ملف .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>تتعذّر قراءة ملف قاعدة البيانات «%1» (رُفض الإذن)؛ تحقّق من صلاحياته.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>يتعذّر فتح ملف قاعدة البيانات «%1» (%2)؛ تحقّق من القرص والمسار.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>ملف قاعدة البيانات «%1» تالف: %2؛ نزّله مرة أخرى.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>تعذّرت قراءة ملف قاعدة البيانات «%1»؛ تحقّق من القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>الملف «%1» ليس ملف MaxMind DB ‏(.mmdb) أو أنّ بياناته الوصفية تالفة؛ اختر ملف .mmdb من GeoLite2 أو GeoIP2 أو DB-IP أو IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>يتعذّر تحميل ملف قاعدة البيانات «%1» (الأحجام المذكورة فيه لا تتّسع لها الذاكرة، لذا فهو تالف على الأرجح)؛ نزّله مرة أخرى.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>فشل البحث عن %1 في «%2» لأنّ %3؛ نزّل الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>تتعذّر قراءة قيد %1 في «%2» لأنّ %3؛ نزّل الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>تتعذّر قراءة ملف قاعدة البيانات «%1» (%2)؛ تحقّق من القرص والمسار.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>الملف «%1» فارغ؛ اختر ملف .mmdb من GeoLite2 أو GeoIP2 أو DB-IP أو IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>المسار «%1» ليس ملفاً عادياً؛ اختر ملف .mmdb من GeoLite2 أو GeoIP2 أو DB-IP أو IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>لا توجد ذاكرة كافية لنسخة خاصة من ملف قاعدة البيانات «%1» (%2)؛ أغلق البرامج الأخرى ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>ظلّ ملف قاعدة البيانات «%1» يتغيّر أثناء قراءته؛ أعد المحاولة بعد اكتمال كتابته.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>ملف قائمة الحظر %1 غير موجود؛ تحقّق من المسار.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>المسار %1 مجلد وليس ملف قائمة حظر؛ اختر ملف قائمة داخله.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>المسار %1 ليس ملفاً عادياً (بل أنبوب أو مقبس أو جهاز)؛ اختر ملف قائمة.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>تتعذّر قراءة ملف قائمة الحظر %1 (%2)؛ تحقّق من صلاحياته.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>الملف %1 يحتوي على بيانات ثنائية (بايت صفري عند إزاحة البايت %2)، لذا فهو ليس قائمة حظر نصية؛ اختر قائمة IP/CIDR نصية عادية.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>فشلت قراءة ملف قائمة الحظر %1 بعد %2 بايت؛ تحقّق من القرص.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>الملف %1 لا يحتوي على أي عنوان (فهو فارغ أو لا يضمّ إلا تعليقات)؛ اختر قائمة فيها عنوان IP أو بادئة واحدة على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>لا يحتوي %2 على أي سطر غير تعليقي (%1)، لذا فالملف ليس قائمة حظر؛ اختر قائمة IP/CIDR نصية عادية.</numerusform>
            <numerusform>السطر غير التعليقي الوحيد (%1) في %2 ليس عنوان IP ولا بادئة، لذا فالملف ليس قائمة حظر؛ اختر قائمة IP/CIDR نصية عادية.</numerusform>
            <numerusform>لا يمثّل أيٌّ من السطرين غير التعليقيين (%1) في %2 عنوان IP أو بادئة، لذا فالملف ليس قائمة حظر؛ اختر قائمة IP/CIDR نصية عادية.</numerusform>
            <numerusform>لا يمثّل أيٌّ من أسطر %2 غير التعليقية البالغ عددها %1 أسطر عنوان IP أو بادئة، لذا فالملف ليس قائمة حظر؛ اختر قائمة IP/CIDR نصية عادية.</numerusform>
            <numerusform>لا يمثّل أيٌّ من أسطر %2 غير التعليقية البالغ عددها %1 سطرًا عنوان IP أو بادئة، لذا فالملف ليس قائمة حظر؛ اختر قائمة IP/CIDR نصية عادية.</numerusform>
            <numerusform>لا يمثّل أيٌّ من أسطر %2 غير التعليقية البالغ عددها %1 سطر عنوان IP أو بادئة، لذا فالملف ليس قائمة حظر؛ اختر قائمة IP/CIDR نصية عادية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>يحتوي %1 على أكثر من كلمة واحدة</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 ليس عنوانًا أو بادئة من نوع IPv4 أو IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>يجب أن يكون طول البادئة في %1 عددًا من 0 إلى %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>السطر %1 أطول من %2 حرفًا، لذا جرى تخطّي السطر (ويُحمَّل باقي القائمة كالمعتاد).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>السطر %1: %2، لذا جرى تخطّي السطر (ويُحمَّل باقي القائمة كالمعتاد).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>السطر %1: يحتوي %2 على بتات مضبوطة تتجاوز طول البادئة؛ لذا يُحمَّل على أنه %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>ملف البرامج المعروفة %1 ليس ملفاً عادياً. لن يتذكّر Flowscope البرامج الجديدة إلا حتى إغلاقه.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>تتعذّر قراءة ملف البرامج المعروفة %1 (%2). لن يتذكّر Flowscope البرامج الجديدة إلا حتى إغلاقه.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>ملف البرامج المعروفة %1 تالف (ليس قائمة برامج)؛ انقله إلى مكان آخر ليبدأ ملف جديد. لن يتذكّر Flowscope البرامج الجديدة إلا حتى إغلاقه.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>تعذّرت قراءة ملف البرامج المعروفة %1 حتى نهايته. لن يتذكّر Flowscope البرامج الجديدة إلا حتى إغلاقه.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>تتعذّر الكتابة في ملف البرامج المعروفة %1 (فشلت الكتابة في الملف المؤقت %2)؛ لن يتذكّر Flowscope البرامج الجديدة إلا حتى إغلاقه.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>يتعذّر استبدال ملف البرامج المعروفة %1 (%2)؛ لن يتذكّر Flowscope البرامج الجديدة إلا حتى إغلاقه.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>خطأ إدخال/إخراج</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>لا يوجد جهاز أو عنوان كهذا</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>المورد غير متاح مؤقتاً</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>تعذّر حجز الذاكرة</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>الجهاز أو المورد مشغول</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>الملف موجود بالفعل</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>لا يوجد جهاز كهذا</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ليس مجلداً</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>وسيطة غير صالحة</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>عدد كبير جداً من الملفات المفتوحة في النظام</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>عدد كبير جداً من الملفات المفتوحة</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>الملف كبير جداً</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>لم تبقَ مساحة على الجهاز</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>نظام ملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>أنبوب مكسور</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>اسم الملف طويل جداً</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>مستويات كثيرة جداً من الروابط الرمزية</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>الرسالة طويلة جداً</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>عائلة العناوين غير مدعومة في البروتوكول</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>العنوان قيد الاستخدام بالفعل</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>تعذّر تعيين العنوان المطلوب</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>الشبكة معطّلة</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>لا يمكن الوصول إلى الشبكة</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>تسبّبت البرمجيات في إلغاء الاتصال</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>أعاد الطرف الآخر تعيين الاتصال</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>لا تتوفّر مساحة في المخزن المؤقت</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>نقطة نهاية النقل غير متّصلة</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>انتهت مهلة الاتصال</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>لا يوجد مسار إلى المضيف</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>تم تجاوز حصة القرص</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1؛ يستخدم Flowscope قاعدة بيانات البلدان المدمجة بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1؛ يستخدم Flowscope قاعدة بيانات AS المدمجة بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1؛ ولا يمكن استخدام قاعدة بيانات البلدان المدمجة أيضاً (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1؛ ولا يمكن استخدام قاعدة بيانات AS المدمجة أيضاً (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>تغيّرت قاعدة بيانات البلدان «%1» على القرص؛ فحصها Flowscope ويستخدمها من جديد.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>تغيّرت قاعدة بيانات AS «%1» على القرص؛ فحصها Flowscope ويستخدمها من جديد.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>تغيّرت قاعدة بيانات البلدان أثناء استخدامها: %1؛ يستخدم Flowscope قاعدة بيانات البلدان المدمجة إلى أن يصبح الملف صالحاً للاستخدام من جديد.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>تغيّرت قاعدة بيانات AS أثناء استخدامها: %1؛ يستخدم Flowscope قاعدة بيانات AS المدمجة إلى أن يصبح الملف صالحاً للاستخدام من جديد.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>تعذّر إرسال رسائل IPFIX إلى %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>تعذّر إرسال رسالة IPFIX إلى المُجمِّع (%1)؛ هل يستمع على %2؟</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>أُرسلت جزئياً</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>المُجمِّع لا يستقبل الرسائل بالسرعة الكافية (امتلأ مخزن الرسائل المتأخّرة البالغ %1 KiB)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>جُرّب %1 من العناوين: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>فشل الاتصال بالمُجمِّع (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>أغلق المُجمِّع الاتصال</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>لم يستلم المُجمِّع الرسائل الأخيرة في الوقت المناسب</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>قبل أن يفتح المحوّل %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>لم يفتح مساعد الالتقاط %1 المحوّل %2 خلال 30 ثانية؛ ابدأ الالتقاط من جديد.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>أثناء الالتقاط على %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>حالة الخروج %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>أُنهي بالإشارة %1، %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>أُنهي بالإشارة %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>تعذّر على Flowscope تشغيل مساعد الالتقاط (pipe: %1)؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>تعذّر على Flowscope تشغيل مساعد الالتقاط %1 (%2)؛ أعد تثبيت Flowscope أو اضبط FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>حالته غير معروفة</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>توقّف مساعد الالتقاط %1 على نحو غير متوقّع %2 (%3)؛ ابدأ الالتقاط من جديد، وإذا تكرّر توقّفه فتحقّق من سجلّ أحداث النظام.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>أرسل مساعد الالتقاط %1 بيانات لا يستطيع Flowscope قراءتها (%2)؛ تأكّد من أنه تابع لهذا الإصدار من Flowscope، ثم ابدأ الالتقاط من جديد.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>تعذّر على مساعد الالتقاط التخلّي عن قدراته (%1)؛ الالتقاط يعمل، لكن المساعد يظل يعمل بصلاحيات مرتفعة.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>فشلت قراءة جدول المقابس عبر netlink (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>تتعذّر قراءة %1 (%2)؛ جدول المقابس غير متاح.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>يحمّلها مساعد الالتقاط.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>أحداث المقابس عبر eBPF معطّلة: %1؛ لذا يُحدَّد مالكو المقابس من لقطات جدول المقابس بدلاً منها.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>هذا الإصدار من Flowscope لا يدعم eBPF (كانت libbpf أو clang أو bpftool غير متوفرة عند بنائه)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>يحتاج تحميلها إلى صلاحيات root أو القدرتين CAP_BPF وCAP_PERFMON (ونواة غير مقفلة)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>رفضت النواة المتتبِّع (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>يحتاج الارتباط بنقاط التتبّع إلى صلاحيات root أو CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>تفتقر النواة إلى نقطة تتبّع تحتاج إليها (ظهرت sock_send_length وsock_recv_length مع Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>تعذّر فتح المتتبِّع (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>لا تتضمّن النواة معلومات أنواع BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>يُحدَّد مالكو المقابس من أحداث المقابس عبر eBPF (نقاط تتبّع النواة)، مع لقطات جدول المقابس بديلاً احتياطياً.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>يُحدَّد مالكو المقابس من لقطات جدول المقابس، كما اخترت.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>يُحدَّد مالكو المقابس من لقطات جدول المقابس: أحداث المقابس عبر eBPF متاحة على Linux فقط.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>أدخل عنوان المُجمِّع أو اسم مضيفه، مثل 192.0.2.10 أو collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>«%1» ليس عنوان IP ولا اسم مضيف؛ أدخل عنواناً مثل 192.0.2.10 أو collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>المنفذ «%1» خارج النطاق: أدخل رقماً من 1 إلى 65535 (تستمع مُجمِّعات IPFIX عادةً على 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>لا يُترجَم اسم المضيف «%1» إلى عنوان؛ تحقّق من كتابته أو أدخل عنوان IP للمُجمِّع.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>تتعذّر كتابة التقرير في %1: %2. اختر مجلداً آخر.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>المضيفون</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>الشبكات (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>تطبيق غير معروف</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>مضيف غير معروف</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>خدمة غير معروفة</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>بلد غير معروف</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>شبكة غير معروفة</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>لا سجلّ بعد: تُسجَّل عمليات الالتقاط المباشر في %1 (الإعدادات ← السجلّ)، وتظهر حركة بياناتها هنا.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>قاعدة بيانات السجلّ %1 تالفة أو ليست قاعدة بيانات سجلّ: انقلها جانباً أو احذفها، وسيبدأ الالتقاط المباشر التالي قاعدة جديدة.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>المضيف %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>الخدمة %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>التطبيق %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>هذا الإصدار من Flowscope لا يدعم eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>أحداث المقابس عبر eBPF متاحة على Linux فقط.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>لا تتضمّن النواة معلومات أنواع BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>يحتاج مساعد الالتقاط إلى القدرتين CAP_BPF وCAP_PERFMON لاستخدام eBPF.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>يحتاج eBPF إلى صلاحيات root أو القدرتين CAP_BPF وCAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>تفتقر النواة إلى نقاط التتبّع اللازمة (Linux 6.3 أو أحدث).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>تُحدَّد البرامج من أحداث المقابس عبر eBPF التي يحمّلها مساعد الالتقاط، مع اللقطات بديلاً احتياطياً.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>تُحدَّد البرامج من أحداث المقابس عبر eBPF، مع اللقطات بديلاً احتياطياً.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>تُحدَّد البرامج من لقطات جدول المقابس، كما اخترت.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>تُحدَّد البرامج من لقطات جدول المقابس: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>لم يُفقد أي حدث مقبس (%n).</numerusform>
            <numerusform>فُقد حدث مقبس واحد (%n) لأن المخزن المؤقت للأحداث كان ممتلئًا؛ مخزن أكبر يحتفظ بها.</numerusform>
            <numerusform>فُقد حدثا مقبس (%n) لأن المخزن المؤقت للأحداث كان ممتلئًا؛ مخزن أكبر يحتفظ بها.</numerusform>
            <numerusform>فُقدت %n أحداث مقابس لأن المخزن المؤقت للأحداث كان ممتلئًا؛ مخزن أكبر يحتفظ بها.</numerusform>
            <numerusform>فُقد %n حدثًا من أحداث المقابس لأن المخزن المؤقت للأحداث كان ممتلئًا؛ مخزن أكبر يحتفظ بها.</numerusform>
            <numerusform>فُقد %n حدث مقبس لأن المخزن المؤقت للأحداث كان ممتلئًا؛ مخزن أكبر يحتفظ بها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوماً</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 سنة</numerusform>
            <numerusform>%1 سنة</numerusform>
            <numerusform>%1 سنتان</numerusform>
            <numerusform>%1 سنوات</numerusform>
            <numerusform>%1 سنة</numerusform>
            <numerusform>%1 سنة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>لم يُستأنف الالتقاط المباشر الأخير (على %1). %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>تتعذّر قراءة قاعدة معدّل الحركة «%1» في الإعدادات؛ لذا تُتجاهل. أضفها من جديد في الإعدادات.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>تتعذّر قراءة قاعدة حدّ البيانات «%1» في الإعدادات؛ لذا تُتجاهل. أضفها من جديد في الإعدادات.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>المضيف المفضّل «%1» ليس عنوان IP؛ لذا يُتجاهل.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>الخدمة المفضّلة «%1» ليست بالصيغة tcp/443؛ لذا تُتجاهل.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … و%2 أسطر أخرى فيها مشكلات.</translation>
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
        <translation>إزالة النجمة عن %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>تمييز %1 بنجمة</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>إضافة النجمة أو إزالتها</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>المميّزة بنجمة فقط</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>عرض العناصر المميّزة بنجمة فقط (انقر بالزر الأيمن على عنصر أو اضغط Ctrl+D لتمييزه)</translation>
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
        <translation>متوقّف مؤقتاً</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقّف</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>وارد %1 · صادر %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>الأعلى: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>جارٍ الالتقاط</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 إشعار غير مقروء</numerusform>
            <numerusform>%1 إشعار غير مقروء</numerusform>
            <numerusform>%1 إشعاران غير مقروءين</numerusform>
            <numerusform>%1 إشعارات غير مقروءة</numerusform>
            <numerusform>%1 إشعاراً غير مقروء</numerusform>
            <numerusform>%1 إشعار غير مقروء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>down</source>
        <translation>متوقّف</translation>
    </message>
    <message>
        <source>running</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>لاسلكي</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>الحركة على %1 في الدقيقة الأخيرة</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>لا يقدّم %1 عدّادات للحركة</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>المحوّل</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>عنوان في قائمة الحظر</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>معدّل الحركة</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>مفضّل نشط</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>حدّ البيانات</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>مشكلة في الالتقاط</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (مكتوم)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>لم يُسلَّم: كانت الإشعارات مكتومة.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>لا شيء من هذا التطبيق في سجلّ اليوم بعد.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>اليوم منذ منتصف الليل (السجلّ): %1 وارد، %2 صادر</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>المعدّل الوارد + الصادر خلال الدقيقة الأخيرة، والأحدث في طرف الرسم</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>معرّفات العمليات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>المعدّل الوارد</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>المعدّل الصادر</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>إجمالي الوارد</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>إجمالي الصادر</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>التطبيق %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>انقر مرتين أو اضغط Enter لفحص اتصالات التطبيق</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>تُعرف التطبيقات في الالتقاط المباشر فقط: ابدأ الالتقاط على محوّل لترى البرامج التي تستخدم الشبكة.</translation>
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
        <translation>انقر مرتين للعودة إلى النافذة الرئيسية؛ اسحب للتحريك.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>لا تطبيقات بعد (في الالتقاط المباشر فقط)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>نافذة &amp;مصغّرة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>لا التقاط</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>متوقّف مؤقتاً على %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>جارٍ الالتقاط على %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>قراءة %1 متوقّفة مؤقتاً</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>جارٍ قراءة %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>عرض النافذة الرئيسية</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 بايت)</numerusform>
            <numerusform>%1 (%2 بايت)</numerusform>
            <numerusform>%1 (%2 بايت)</numerusform>
            <numerusform>%1 (%2 بايتات)</numerusform>
            <numerusform>%1 (%2 بايتاً)</numerusform>
            <numerusform>%1 (%2 بايت)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>نسخ كل الحقول، حقل في كل سطر</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>المحلي</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>البعيد</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>منفذ الخدمة</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>البايتات الواردة</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>البايتات الصادرة</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>الحزم الواردة</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>الحزم الصادرة</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>المعدّل الوارد</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>المعدّل الصادر</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>أعلام TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>معرّف التدفق</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>معرّفات العمليات</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>اسم المضيف</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>مصدر الاسم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>نوع العنوان</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>اختر اتصالاً لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>لم يعد في الجدول</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>النشطة فقط</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>المميّزة بنجمة فقط</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>البحث في الاتصالات</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>أي بروتوكول</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>أي اتجاه</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>صادر غالباً</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>وارد غالباً</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>عنوان أو CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>عنوان (10.1.2.3، 2001:db8::1) أو شبكة (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>أي تطبيق</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>بلد أو AS أو نطاق</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>رمز بلد (US)، أو رقم AS (AS15169)، أو نطاق (google.com يطابق www.google.com)؛ وتُطبَّق كلها إذا فُصلت بمسافات</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>الاتصالات التي لها حركة في الفترة الأخيرة فقط</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>الاتصالات ذات المضيف أو الخدمة أو التطبيق المميّز بنجمة فقط</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>التطبيق %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>ليس عنواناً ولا شبكة؛ يبقى المرشّح السابق سارياً</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>مخفي (المستخدم %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>مقبس للمستخدم %1: شغّل Flowscope بصلاحيات أعلى لترى برنامجه.</translation>
    </message>
    <message>
        <source>
pid %1</source>
        <translation>
معرّف العملية %1</translation>
    </message>
    <message>
        <source>
path %1</source>
        <translation>
المسار %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
المستخدم %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
المنفذ %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>ليس لملف الالتقاط معدّل حالي؛ يعرض مخطط النظرة العامة حركته عبر الزمن.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>البايتات في الثانية خلال النبضة الأخيرة</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>للالتقاط المباشر فقط: ليس لملف الالتقاط معدّل حالي</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>المحلي</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>البعيد</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>البايتات الواردة</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>البايتات الصادرة</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>الحزم الواردة</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>الحزم الصادرة</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>المعدّل الوارد</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>المعدّل الصادر</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>البرنامج الذي يملك هذا الاتصال غير معروف.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>اسم المضيف</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (من %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>علم %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>أيقونة البرنامج %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>أعلمني عندما يستخدم برنامج الشبكة لأول مرة</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>تشغيل صوت مع كل إشعار</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>إلغاء الكتم</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>عنوان Webhook</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (اختياري)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>يُرسَل كل إشعار أيضاً إلى هذا العنوان بطلب JSON POST (يصف docs/notifications.md المحتوى).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>البرامج الجديدة:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>الصوت:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>المكتوم:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>هذا ليس عنوان http://‎ أو https://‎؛ لن تُرسَل الإشعارات إليه.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>كل الإشعارات حتى %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>هذه القواعد: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>لا شيء مكتوم.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>كتم هذه القاعدة</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>لا يوجد ناقل جلسة D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>إشعارات سطح المكتب عبر D-Bus غير متاحة هنا.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 عبر %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>لا تُرسَل ملفات الالتقاط المفتوحة للعرض إلى المُجمِّع إلا إذا فُعّل «إرسال ملفات الالتقاط المفتوحة للعرض أيضاً» في الإعدادات ← التصدير.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>لا يستطيع هذا الإصدار من Flowscope إرسال التدفقات إلى مُجمِّع.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 قيد</numerusform>
            <numerusform>%1 قيد</numerusform>
            <numerusform>%1 قيدان</numerusform>
            <numerusform>%1 قيود</numerusform>
            <numerusform>%1 قيداً</numerusform>
            <numerusform>%1 قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 رسالة</numerusform>
            <numerusform>%1 رسالة</numerusform>
            <numerusform>%1 رسالتان</numerusform>
            <numerusform>%1 رسائل</numerusform>
            <numerusform>%1 رسالة</numerusform>
            <numerusform>%1 رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>أُرسل %1 في %2، وأُهمل %3.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>لا يُرسَل شيء.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>لا تُرسَل تدفقات هذا الالتقاط: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>جارٍ الإرسال إلى %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>انتهى الالتقاط الأخير. أُرسل إلى %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>يتعذّر الوصول إلى المُجمِّع: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: لا إرسال</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: المُجمِّع غير متاح</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: أُرسل %1، وأُهمل %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: أُرسل %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>إرسال التدفقات إلى مُجمِّع (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>يُرسَل كل اتصال، مع البرنامج الذي وراءه، كقيود IPFIX إلى مُجمِّع تديره (nfdump، pmacct، GoFlow2، ElastiFlow، ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>إرسال ملفات الالتقاط المفتوحة للعرض أيضاً</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>تسري التغييرات من الالتقاط التالي؛ ويواصل الالتقاط الجاري الإرسال كما بدأ.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>المُجمِّع</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>عنوان أو اسم مضيف، مثل 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (المعتاد؛ يضيع حين يتوقّف المُجمِّع)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (يعيد الاتصال؛ ويحتفظ بما تأخّر حين يتوقّف المُجمِّع)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>المضيف:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>النقل:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>مهلة النشاط:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>يُبلَّغ عن التدفق الجاري بهذا التواتر.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>مهلة الخمول:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>يُبلَّغ عن التدفق الذي بلا حركة طوال هذه المدة على أنه انتهى.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>معرّف نطاق المراقبة:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>رقم المؤسسة:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>رقم المؤسسة الخاص (PEN) الذي تُرسَل تحته عناصر Flowscope الخاصة (معرّف العملية، مسار البرنامج، اسم المضيف).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>القيمة الافتراضية 32473 هي رقم التوثيق في RFC 5612: مجرد بديل مؤقت لرقمك أنت.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>لا يستطيع هذا الإصدار من Flowscope إرسال التدفقات إلى مُجمِّع.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>محلي للرابط</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>بث متعدد</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>بث عام</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>محجوز (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>اسم خادم TLS ‏(SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>ترويسة Host في HTTP</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>إجابة DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>إجابة PTR في DNS</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>بحث DNS عكسي</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 ملّي ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 يوم %2 س</translation>
    </message>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>حزمة/ث</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>ألف حزمة/ث</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>مليون حزمة/ث</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>مليار حزمة/ث</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>مضيفو التطبيق</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: يومياً على مدى %2 يوماً، وأبرز مضيفيه في المدى المعروض</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>جمّع حسب التطبيق واختر واحداً في الجدول لترى استخدامه اليومي وأبرز مضيفيه.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>سجلّ الحركة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
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
        <translation>↓ مستلَم · ↑ مُرسَل</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 مستلَم، %3 مُرسَل</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>الكل: %1 مستلَم، %2 مُرسَل</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>انقر لعرض اتصالات هذه الفترة</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>لا حركة في هذا المدى.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>في هذا المدى: %1 مستلَم، %2 مُرسَل. أكثر حركة: %3 (%4). أكثر الأوقات ازدحامًا: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>البعيد</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>In</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>الحركة اليومية</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلَم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 مستلَم، %3 مُرسَل</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>لا حركة في هذا المدى.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>على مدى %1 يومًا: %2 مستلَم، %3 مُرسَل. أكثر الأيام ازدحامًا: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;تصدير التقرير…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>كتابة جدول صفحة السجلّ بصيغة CSV أو JSON ‏(Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>إجمالي الحركة</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>انقر على المخطط لعرض اتصالات ذلك الوقت.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>الاتصالات في الفترة المختارة</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>الساعة الأخيرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يوماً</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصّص</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>قراءة السجلّ من جديد (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>المدى:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>التجميع حسب:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>الاتصالات المفتوحة خلال %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>قاعدة بيانات السجلّ %1 تالفة، لذا لا يُسجَّل هذا الالتقاط (يستمر العرض المباشر)؛ ونقلها جانباً يحفظها كما هي ويبدأ قاعدة جديدة.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>لا يمكن استخدام قاعدة بيانات السجلّ %1.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>لا يُسجَّل هذا الالتقاط؛ ويستمر العرض المباشر.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>لا يعرف Flowscope أين يحفظ السجلّ (لا مجلد منزلي)؛ اختر ملف قاعدة بيانات من عرض ← الإعدادات ← السجلّ.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>حُفظت قاعدة بيانات السجلّ التالفة باسم %1؛ ويستمر التسجيل في قاعدة جديدة.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>حُفظت قاعدة بيانات السجلّ التالفة باسم %1؛ وسيبدأ الالتقاط المباشر التالي قاعدة جديدة.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>إيقاف التسجيل مؤقتاً</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>إبقاء حركة هذا الالتقاط خارج السجلّ حتى يُستأنف التسجيل</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>لا يُعرف ملف قاعدة بيانات: اختر واحداً في الأعلى.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>لم يُسجَّل شيء بعد: يُنشأ الملف مع أول التقاط مباشر يُسجَّل.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1، لم تُسجَّل أي حركة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1، حركة من %2 إلى %3، %4 اتصال.</numerusform>
            <numerusform>%1، حركة من %2 إلى %3، %4 اتصال.</numerusform>
            <numerusform>%1، حركة من %2 إلى %3، %4 اتصالان.</numerusform>
            <numerusform>%1، حركة من %2 إلى %3، %4 اتصالات.</numerusform>
            <numerusform>%1، حركة من %2 إلى %3، %4 اتصالاً.</numerusform>
            <numerusform>%1، حركة من %2 إلى %3، %4 اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>تسجيل الالتقاط المباشر في السجلّ</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>لا تُسجَّل ملفات الالتقاط المفتوحة للعرض أبداً. ويُبقي «إيقاف التسجيل مؤقتاً» في العلبة وفي قائمة الالتقاط اللحظات الخاصة خارجه.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>تسري مدة الاحتفاظ على الالتقاط الجاري فوراً؛ أما تشغيل التسجيل أو إيقافه وتغيير ملف قاعدة البيانات فيسريان من الالتقاط المباشر التالي.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>للأبد</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> اتصال</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>الدقائق لمدة:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>الساعات لمدة:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>الأيام لمدة:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>الاتصالات، بحدّ أقصى:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>حدّ الحجم:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>تُجمَع الدقائق الأقدم في ساعات، والساعات في أيام، فتبقى المجاميع دقيقة. وبعد حدّ الحجم تُحذف الصفوف الأقدم أولاً: الاتصالات، ثم الدقائق والساعات والأيام.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>ملف قاعدة بيانات السجلّ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>استخدام المكان الافتراضي مجدداً</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>السجلّ ملف SQLite واحد على هذا الحاسوب؛ لا يغادره شيء. ويقرأ flowscope-cli report الملف نفسه. حقل فارغ: المكان الافتراضي، %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>غير معروف هنا (لا مجلد منزلي)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>يحتوي الآن:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>اختيار قاعدة بيانات السجلّ</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>قواعد بيانات السجلّ (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 وارد، %2 صادر</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>In</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>الحزم</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: بحث؛ Ctrl+D: تمييز المضيف أو الخدمة أو التطبيق بنجمة؛ Ctrl+Shift+C: اختيار الأعمدة</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>تفاصيل الاتصال</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>البحث في الاتصالات</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>اختيار الأعمدة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>يستخدم Flowscope اللغة الجديدة عند تشغيله مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>خامل</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>جارٍ الالتقاط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقّف مؤقتاً</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقّف</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> اختر ملفاً آخر من عرض ← الإعدادات…، أو امسح الحقل للإبقاء على الملف المدمج.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;فتح ملف التقاط…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف م&amp;ؤقت</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>إيقاف الالتقاط مؤقتاً أو استئنافه (مسافة، Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>إيقاف الالتقاط (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إن&amp;هاء</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;حول Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>م&amp;لف</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>ا&amp;لتقاط</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ال&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>نظرة &amp;عامة</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;فحص</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>ال&amp;تطبيقات</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>الإ&amp;شعارات</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجلّ</translation>
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
        <translation>ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>التقاط</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>فتح ملف التقاط</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>ملفات الالتقاط (*.pcap *.pcapng *.cap *.dmp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;مراقب شبكة: مع من يتحدّث هذا الجهاز، مباشرةً أو من ملف التقاط.&lt;/p&gt;&lt;p&gt;مبني بـ Qt %2 (يعمل على Qt %3).&lt;br&gt;يلتقط بـ %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;بيانات AS من &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt; و&lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; و&lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;أيقونات الأعلام من &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;تُقرأ قواعد البيانات بـ libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>حول Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 حزمة</numerusform>
            <numerusform>%1 حزمة</numerusform>
            <numerusform>%1 حزمتان</numerusform>
            <numerusform>%1 حزم</numerusform>
            <numerusform>%1 حزمة</numerusform>
            <numerusform>%1 حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 مُهمَل</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>تُحدَّد البرامج أثناء الالتقاط المباشر.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>الحركة عبر الزمن</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>آخر %1 ث</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>انقر مرتين أو اضغط Enter لفحص اتصالات التنبيه</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>لا إشعارات بعد. أثناء الالتقاط المباشر تظهر التنبيهات هنا: برنامج يستخدم الشبكة لأول مرة، والقواعد التي تضبطها في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 من %2 غير مقروء</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>فوق</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لمدة</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>قواعد المعدّل</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>إضافة قاعدة معدّل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>معدّل حركة فوق حدّ</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>الحدّ</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>لكل</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>حدود حجم البيانات</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>إضافة حدّ بيانات</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>حجم بيانات فوق حدّ</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>كل الحركة</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>فارغ: كل الحركة؛ وإلا مسار برنامج أو اسمه</translation>
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
        <translation> ث</translation>
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
        <translation>يوم</translation>
    </message>
    <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>ملفات قوائم الحظر</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الإدخالات</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>اختيار قوائم الحظر</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>قوائم IP ‏(*.netset *.ipset *.txt *.list);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>قوائم IP/CIDR نصية (إدخال في كل سطر، وتعليقات تبدأ بـ #، كما ينشرها FireHOL)، لـ IPv4 وIPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>قوائم الحظر</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>غير محمّلة</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>العناصر المميّزة بنجمة</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>الإشعار مجدداً بعد خمول لمدة</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>ميّز المضيفين والخدمات والتطبيقات بنجمة في صفحات النظرة العامة والفحص والتطبيقات.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>المفضّلة</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>المضيف %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>الخدمة %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>التطبيق %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>البايتات الواردة</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>حركة IP المستلَمة</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>البايتات الصادرة</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>حركة IP المُرسَلة</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>كل إطار مُلتقَط</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>حزمة/ث</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>الحزم في الثانية الأخيرة</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>التدفقات</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>الاتصالات المرصودة حتى الآن</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>المُهمَل</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>إطارات فقدتها النواة أو المحوّل أو طابور Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>زمن الالتقاط المغطّى</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;الحركة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>بايت/ث</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>بت/ث</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>حزمة/ث</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>أبرز التطبيقات</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>انقر على تطبيق لفحص اتصالاته</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>أبرز المضيفين</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>أبرز الخدمات</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>المضيف %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>الخدمة %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>التطبيق %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>انقر على عنصر لفحص اتصالاته</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>الاتصالات المرصودة حتى الآن (%1 في الجدول الآن)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>البرامج وراء الاتصالات</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>طريقة تحديد البرامج</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>تلقائي (eBPF حيث يُسمح به، وإلا فاللقطات)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>أحداث المقابس عبر eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>اللقطات فقط</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>المخزن المؤقت للأحداث</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>يسري من الالتقاط المباشر التالي.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>طريقة تحديد البرامج:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>المخزن المؤقت للأحداث:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>نقلها جانباً وبدء قاعدة جديدة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>قاعدة بيانات البلدان:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>قاعدة بيانات AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>فارغ: قواعد بيانات DB-IP Lite المدمجة. تعمل ملفات MMDB من GeoLite2 وGeoIP2 وDB-IP وIPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>البحث عن أسماء مضيفي العناوين (DNS عكسي، في الالتقاط المباشر)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>ملف قاعدة بيانات البلدان</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>ملف قاعدة بيانات AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>مدمجة (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>اختيار قاعدة بيانات</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>ملفات MaxMind DB ‏(*.mmdb);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>تبقى قاعدة البيانات المدمجة قيد الاستخدام.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>حفظ الالتقاط في ملف pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>بدء الالتقاط</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>فتح ملف التقاط…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;راقب شبكتك&lt;/h2&gt;اختر محوّلاً للالتقاط المباشر، أو افتح ملف التقاط.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>جارٍ التحقّق من أنّ Flowscope يستطيع الالتقاط على هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;مرشّح الالتقاط:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>تعبير BPF، مثل tcp port 443 أو host 10.0.0.1 (فارغ: كل شيء)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>محوّلات الشبكة</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>ملف حفظ الالتقاط</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>ملفات الالتقاط</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>الملفات الأخيرة:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>ملفات الالتقاط الأخيرة</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>بلا مرشّح: تُلتقط كل الحزم.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>أصلح مرشّح الالتقاط أولاً</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>حفظ الالتقاط باسم</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>ملفات pcap ‏(*.pcap);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>فتح ملف التقاط</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>ملفات الالتقاط (*.pcap *.pcapng *.cap);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>لا يزال بالإمكان فتح ملفات الالتقاط.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>تظهر هنا الملفات التي تفتحها</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>بدء التشغيل</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>تشغيل Flowscope عند تسجيل دخولي</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>استئناف آخر التقاط مباشر عند تشغيل Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>يشغّل Flowscope في العلبة، دون نافذته، عند تسجيل دخولك.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>حين يبدأ Flowscope دون ملف التقاط أو محوّل، يلتقط من جديد على محوّل آخر التقاط مباشر وبمرشّحه.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>فتح &amp;مجلد السمات…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (غير صالح)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>لم يُستخدم ملف السمة %1: %2 صحّحه، ثم اختره مرة أخرى من عرض ← السمة.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>حجم الملف أكبر من 64 كيلوبايت؛ السمة قائمة ببضعة ألوان (انظر docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>لا يحتوي الملف على سطر &quot;name = …&quot;؛ أضف سطرًا بالاسم المراد عرضه.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>السطر %1: المتوقع &quot;مفتاح = قيمة&quot;.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>السطر %1: &quot;%2&quot; مذكور مرتين؛ أبقِ واحدًا.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>السطر %1: يجب أن يكون الاسم من 1 إلى 80 حرفًا من نص UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>السطر %1: يجب أن تكون قيمة based-on إما &quot;light&quot; أو &quot;dark&quot;.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>السطر %1: مفتاح غير معروف &quot;%2&quot;؛ يسرد docs/themes.md المفاتيح التي يمكن أن تضبطها السمة.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>السطر %1: &quot;%2&quot; ليس لونًا؛ اكتبه بالشكل #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>ملف السمة %1 صعب القراءة: %2 على %3 تباينه %4:1 فقط، أقل من 4.5:1 التي يحتاجها النص. اجعل هذين اللونين أكثر تباعدًا في الملف.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 وارد، %3 صادر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>البايتات</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>الحركة عبر الزمن</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>لا حركة</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>الملفات: اسحب لتكبير مدى زمني، وانقر بالزر الأيمن للتصغير (لوحة المفاتيح: + و- و0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>لا حركة لمدة %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>لا حركة بعد.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>الأحدث: وارد %1، صادر %2. الأعلى: وارد %3 عند %4، صادر %5 عند %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>عرض النافذة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>تبديل المحوّل</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>فتح النظرة العامة</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>فتح التطبيقات</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>فتح الإشعارات</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>كتم الإشعارات</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>إلغاء الكتم</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>النافذة المصغّرة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>لا توجد علبة نظام في سطح المكتب هذا (يحتاج GNOME إلى امتداد AppIndicator)، لذا يُنهي إغلاق النافذة Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>لا توجد علبة نظام في سطح المكتب هذا (يحتاج GNOME إلى امتداد AppIndicator)، لذا تُعرض النافذة بدلاً من البدء مصغّراً.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>إخفاء النافذة</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>لا محوّلات</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>يتعذّر الالتقاط على %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>يواصل Flowscope المراقبة</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>تعيد أيقونته في العلبة النافذة؛ والإنهاء في قائمتها.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>العلبة</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>اسأل</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>متابعة المراقبة في العلبة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>عند إغلاق النافذة:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>ليس عنوان http://‎ أو https://‎</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>حالة HTTP ‏%1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>لا ردّ خلال %1 ث</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>فشل Webhook الإشعارات %1 ‏(%2)؛ لا تزال التنبيهات معروضة في صفحة الإشعارات. تحقّق من العنوان في الإعدادات.</translation>
    </message>
</context>
</TS>
