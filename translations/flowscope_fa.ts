<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 و %2 مورد دیگر</numerusform>
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
        <translation>%1 و %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>همه‌ی ترافیک</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>ترافیک %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>میزبان برگزیده‌ی %1 فعال است</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>سرویس برگزیده‌ی %1 فعال است</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>برنامه‌ی برگزیده‌ی %1 فعال است</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 برنامه برای نخستین بار از شبکه استفاده کردند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>به %1 نشانیِ موجود در فهرست مسدودی اتصال برقرار شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 نرخ ترافیک بیش از حد خود باقی ماندند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 برگزیده فعال شدند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>عبور از %1 سقف داده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 مشکل ضبط</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>نخستین اتصال‌ها: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>به این نشانی‌های موجود در فهرست‌های مسدودی اتصال برقرار شد: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>ترافیک بیش از حد خود باقی ماند: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>ترافیک %1 آغاز شد.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>ترافیک از سقف خود فراتر رفت: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>ضبط با مشکل روبه‌رو شد: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 برای نخستین بار از شبکه استفاده کرد</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 در فهرست مسدودی %2 است</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: بیش از %2 به مدت %3 ثانیه</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: بیش از سقف روزانه‌ی %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: بیش از سقف ماهانه‌ی %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>آداپتور ناپدید شد</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>ضبط با خطا متوقف شد</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>ضبط %1 از فریم‌ها را از دست می‌دهد</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 نخستین اتصال خود را برقرار کرد.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 نخستین اتصال خود را برقرار کرد (کاربر %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>اتصالی به %1 برقرار شد که در %2 به‌صورت %3 فهرست شده است (خط %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 به %1 وصل شد که در %2 به‌صورت %3 فهرست شده است (خط %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>ترافیک آغاز شد: %1 از طریق %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>ترافیک آغاز شد: %1 از طریق %2 توسط %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 به مدت %3 ثانیه بیش از %2 باقی ماند.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 امروز به %2 رسید و از سقف %3 فراتر رفت.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 این ماه به %2 رسید و از سقف %3 فراتر رفت.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>%1 از %2 فریم در %3 ثانیه‌ی گذشته از دست رفت؛ رایانه یا Flowscope نمی‌تواند هم‌پای ترافیک بماند. ضبط را با یک فیلتر محدود کنید یا برنامه‌های سنگین دیگر را ببندید.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope نتوانست پوشه‌ی %1 را بسازد، بنابراین هنگام ورود به سیستم اجرا نخواهد شد؛ بررسی کنید که اجازه‌ی نوشتن در آنجا را دارید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope نتوانست %1 را بنویسد (%2)، بنابراین هنگام ورود به سیستم اجرا نخواهد شد؛ بررسی کنید که اجازه‌ی نوشتن در %3 را دارید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope نتوانست %1 را حذف کند (%2)، بنابراین همچنان هنگام ورود به سیستم اجرا خواهد شد؛ بررسی کنید که اجازه‌ی نوشتن در %3 را دارید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope نتوانست مقدار رجیستری %1 را بنویسد، بنابراین هنگام ورود به سیستم اجرا نخواهد شد؛ بررسی کنید که حساب کاربری شما اجازه‌ی تغییر آن را دارد و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope نتوانست مقدار رجیستری %1 را حذف کند، بنابراین همچنان هنگام ورود به سیستم اجرا خواهد شد؛ بررسی کنید که حساب کاربری شما اجازه‌ی تغییر آن را دارد و دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>اجازه داده نشد: Flowscope اجازه‌ی خواندن %1 را ندارد. به کاربر خود اجازه‌ی خواندن این فایل را بدهید، یا آن را در یکی از پوشه‌های خود کپی کنید، و دوباره بازش کنید.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>هیچ آداپتور شبکه‌ای با نام «%1» وجود ندارد. یکی از آداپتورهای فهرست‌شده در صفحه‌ی شروع را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>آداپتور شبکه‌ی %1 هنگام ضبط از کار افتاد یا ناپدید شد. آن را دوباره وصل کنید و از نو شروع کنید، یا آداپتور دیگری را در صفحه‌ی شروع انتخاب کنید؛ آنچه ضبط شده همچنان نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>هیچ آداپتور شبکه‌ای انتخاب نشده است؛ یکی را در صفحه‌ی شروع انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 باز نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>بستن Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>پایش در سینی سیستم ادامه یابد؟</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Flowscope می‌تواند با پنجره‌ی بسته به ضبط و اطلاع‌رسانی به شما ادامه دهد؛ نماد آن در سینی سیستم پنجره را دوباره باز می‌کند. یا خارج شوید و پایش را متوقف کنید.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>ماندن در سینی</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>دیگر نپرس (در تنظیمات قابل تغییر است)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope نتوانست فهرست آداپتورهای شبکه را به دست آورد (libpcap: %1)؛ بررسی کنید که پشته‌ی شبکه‌ی سیستم کار می‌کند و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap نتوانست کامپایلر فیلتر را آماده کند (شاید حافظه کم است)؛ دوباره تلاش کنید یا Flowscope را از نو اجرا کنید.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>فیلتر ضبط «%1» نامعتبر است: %2؛ آن را اصلاح کنید (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>`man pcap-filter` را ببینید</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>دیسک پر است</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>سهمیه‌ی دیسک تمام شده است</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>فایل به بیشترین اندازه‌ی مجاز رسیده است</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>دیسک خطا گزارش کرده است</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope اجازه‌ی نوشتن %1 را ندارد (%2)؛ پوشه‌ای را انتخاب کنید که اجازه‌ی نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>مسیر %1 یک پوشه است؛ نام فایل pcap مورد نظر برای نوشتن را بدهید، مثلاً %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>پوشه‌ی %1 وجود ندارد؛ آن را بسازید یا مکان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope نمی‌تواند %1 را بسازد (%2)؛ مکان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>نوشتن %1 پس از %2 فریم متوقف شد، زیرا %3 (%4)؛ فایل همین فریم‌ها را در خود دارد و خواندنی می‌ماند، و ضبط بدون ذخیره ادامه می‌یابد: کمی فضا آزاد کنید یا مکان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>نوشتن %1 پس از %2 فریم متوقف شد، زیرا %3 (%4)؛ ممکن است آخرین فریم آن ناقص مانده باشد، و ضبط بدون ذخیره ادامه می‌یابد: کمی فضا آزاد کنید یا مکان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Flowscope نمی‌تواند %1 را بنویسد، زیرا %2 (%3)؛ کمی فضا آزاد کنید یا مکان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>نوشتن %1 هنگام بستن فایل ناموفق بود (%2)؛ ممکن است همه‌ی آن روی دیسک نوشته نشده باشد، دیسک را بررسی کنید یا مکان دیگری انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>فایل %1 در میانه‌ی %2 (موقعیت بایت %3) تمام می‌شود: فایل ناقص مانده است و %4 بسته‌ی کامل پیش از آن خوانده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>خواندن %1 در موقعیت بایت %2 ناموفق بود (%3)؛ دیسک را بررسی کنید یا فایل را روی یک دیسک محلی کپی کنید.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>فایل %1 خالی است (۰ بایت)، پس هیچ بسته‌ای ندارد؛ یک فایل ضبط را انتخاب کنید که با Wireshark، tcpdump یا Flowscope ذخیره شده باشد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>فایل %1 فقط %2 بایت است و کوتاه‌تر از آن است که فایل ضبط pcap یا pcapng باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>فایل %1 از نوع فایل ضبط pcap یا pcapng نیست (عدد جادویی ناشناخته‌ی %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>فایل %1 وجود ندارد؛ نام فایل و پوشه را بررسی کنید.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope اجازه‌ی خواندن %1 را ندارد؛ به کاربر خود اجازه‌ی خواندن آن را بدهید یا آن را در جای دیگری کپی کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>فایل %1 باز نمی‌شود (%2)؛ بررسی کنید که فایل در دسترس باشد.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>مسیر %1 یک پوشه است، نه فایل ضبط؛ یک فایل .pcap یا .pcapng درون آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>بنابراین هیچ بسته‌ای از آن خوانده نشد (شاید pcapfix بتواند فایل را تعمیر کند).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>بنابراین خواندن پس از %1 بسته‌ی پیش از آن متوقف شد (شاید pcapfix بتواند فایل را تعمیر کند).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>هیچ آداپتور شبکه‌ای انتخاب نشده است؛ یکی را از `flowscope-cli interfaces` انتخاب کنید.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Flowscope را با دسترسی مدیر اجرا کنید، یا یک بار قابلیت (capability) لازم را به آن بدهید: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>فایل %1 ناقص است: فقط %2 بایت دارد، کمتر از سرآیند ۲۴ بایتی فایل pcap، پس احتمالاً به‌طور کامل نوشته یا کپی نشده است.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>فایل %1 از نسخه‌ی %2.%3 قالب pcap استفاده می‌کند که Flowscope نمی‌تواند آن را بخواند؛ آن را با «Save As» در Wireshark به pcapng تبدیل کنید.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>بسته‌ی %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>فایل %1 آسیب دیده است: سرآیند رکورد %2 در موقعیت بایت %3 مدعی %4 بایت ضبط‌شده است، بیش از حد %5، %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>هیچ آداپتور شبکه‌ای با نام «%1» وجود ندارد؛ برای دیدن فهرست آداپتورهایی که می‌توانید روی آن‌ها ضبط کنید، `flowscope-cli interfaces` را اجرا کنید.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope اجازه‌ی ضبط روی %1 را ندارد. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>آداپتور شبکه‌ی %1 غیرفعال است؛ آن را فعال کنید (یا وصلش کنید) و ضبط را دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>آداپتور شبکه‌ی %1 از حالت پایش (monitor mode) پشتیبانی نمی‌کند؛ آداپتور دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope نتوانست ضبط روی %1 را شروع کند (%2: %3)؛ آداپتور را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>فیلتر ضبط «%1» روی %2 نصب نشد (%3: %4)؛ فیلتر ساده‌تری را امتحان کنید.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope نتوانست ضبط روی %1 را آماده کند (%2: %3)؛ دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>آداپتور شبکه‌ی %1 هنگام ضبط از کار افتاد یا ناپدید شد (%2: %3)؛ آن را دوباره وصل کنید یا با `flowscope-cli interfaces` آداپتور دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>ضبط روی %1 ناموفق بود (%2: %3)؛ ضبط را دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>بلوک %1 در موقعیت بایت %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>فایل %1 ناقص است: درون سرآیند بخش pcapng خود تمام می‌شود، پس احتمالاً به‌طور کامل نوشته یا کپی نشده است.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>فایل %1 آسیب دیده است: سرآیند بخش (%2) فقط %3 بایت طول دارد (دست‌کم ۲۸ بایت لازم است)، %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>فایل %1 از نسخه‌ی %2.%3 قالب pcapng استفاده می‌کند که Flowscope نمی‌تواند آن را بخواند؛ آن را با Wireshark دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>فایل %1 آسیب دیده است: یکی از گزینه‌های سرآیند بخش (%2) مدعی %3 بایت است، بیش از آنچه بلوکش در خود دارد، پس هیچ بسته‌ای از آن خوانده نمی‌شود (شاید pcapfix بتواند فایل را تعمیر کند).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>فایل %1 آسیب دیده است: توصیف رابط (%2) بیش از حد کوتاه است.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>فایل %1 آسیب دیده است: یکی از گزینه‌های توصیف رابط (%2) مدعی %3 بایت است، بیش از آنچه بلوکش در خود دارد، %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>بلوک %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>فایل %1 آسیب دیده است: عدد جادویی ترتیب بایت در سرآیند بخش (%2) نامعتبر است.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>%1 بایت طول دارد، کمتر از حداقل ۱۲ بایت</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>%1 بایت طول دارد که مضربی از ۴ نیست</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>مدعی طول %1 بایت است، بیش از هر بلوک واقعی</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>فیلد طول در انتهایش با فیلد طول در ابتدایش فرق دارد (%1 به جای %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>بلوک بسته‌ای است که برای فیلدهایش بیش از حد کوتاه است</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>مدعی %1 بایت ضبط‌شده است، بیش از آنچه بلوکش در خود دارد</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>به رابط %1 ارجاع می‌دهد، اما بخش آن پیش از آن فقط %2 رابط را توصیف می‌کند</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>بلوک بسته‌ی ساده‌ای است که برای فیلدهایش بیش از حد کوتاه است</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>یک بسته است، اما بخش آن پیش از آن هیچ رابطی را توصیف نمی‌کند</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>فایل %1 آسیب دیده است: %2 %3، %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap فقط برای مدیران نصب شده است: Flowscope را به‌عنوان مدیر اجرا کنید، یا Npcap را بدون گزینه‌ی «Restrict Npcap driver&apos;s access to Administrators only» دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>نحو pcap-filter را در %1 ببینید</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>هنوز هیچ پایگاه‌داده‌ی تاریخچه‌ای در «%1» وجود ندارد؛ ضبط‌های زنده آن را می‌سازند (برنامه‌ی دسکتاپ آن‌ها را ثبت می‌کند، یا flowscope-cli record را اجرا کنید).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» خوانده نمی‌شود (اجازه‌ی دسترسی به آن، یا به پوشه‌اش در حین ثبت، وجود ندارد)؛ آن را به‌عنوان مالکش بخوانید، یا از آن کپی بگیرید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>«%1» پایگاه‌داده‌ی برنامه‌ی دیگری است، نه تاریخچه‌ی Flowscope؛ فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» با نسخه‌ی جدیدتری از Flowscope نوشته شده است (طرح‌واره‌ی %2، این نسخه تا %3 را می‌شناسد)؛ Flowscope را به‌روز کنید یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» آسیب دیده است (نسخه‌ی طرح‌واره‌ی %2، که هیچ نسخه‌ای از Flowscope آن را نمی‌نویسد)؛ آن را جابه‌جا کنید و پایگاه‌داده‌ی تازه‌ای شروع کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>«%1» هنوز هیچ تاریخچه‌ای ندارد؛ ضبط‌های زنده در آن ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>پوشه‌ی پایگاه‌داده‌ی تاریخچه‌ی «%1» ساخته نمی‌شود (%2)؛ فایل دیگری انتخاب کنید یا اجازه‌ی نوشتن در آنجا را بدهید.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی آسیب‌دیده‌ی «%1» جابه‌جا نشد (%2)؛ خودتان آن را جابه‌جا یا حذف کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» را برنامه‌ی دیگری قفل کرده است؛ آن برنامه را ببندید (یا فایل دیگری انتخاب کنید) و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>در پایگاه‌داده‌ی تاریخچه‌ی «%1» نمی‌توان نوشت (فقط‌خواندنی است یا اجازه‌ی نوشتن نیست)؛ اجازه‌ی نوشتن در آن و پوشه‌اش را بدهید، یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» آسیب دیده است؛ آن را جابه‌جا کنید و پایگاه‌داده‌ی تازه‌ای شروع کنید (آنچه در آن ثبت شده خواندنی نیست).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>دیسکی که پایگاه‌داده‌ی تاریخچه‌ی «%1» روی آن است پر شده است؛ کمی فضا آزاد کنید یا سقف اندازه‌ی تاریخچه را پایین بیاورید، سپس ثبت را دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» باز نمی‌شود؛ بررسی کنید که پوشه‌اش وجود دارد و در آن می‌توان نوشت، یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» باز نمی‌شود (%2)؛ بررسی کنید که پوشه‌اش وجود دارد و در آن می‌توان نوشت، یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>خواندن یا نوشتن پایگاه‌داده‌ی تاریخچه‌ی «%1» ممکن نشد (خطای ورودی/خروجی)؛ دیسکی را که روی آن است بررسی کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>خواندن یا نوشتن پایگاه‌داده‌ی تاریخچه‌ی «%1» ممکن نشد (خطای ورودی/خروجی: %2)؛ دیسکی را که روی آن است بررسی کنید.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» خطای غیرمنتظره‌ای داد.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی «%1» خطای غیرمنتظره‌ای داد (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>فیلتر ضبط را نمی‌توان روی نوع لینک %1 اعمال کرد؛ فریم‌های این نوع کنار گذاشته شدند.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>%1 فریم در %2 نوشته نشد، زیرا دیسک بیش از حد کند بود.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope نوع لینک %1 را رمزگشایی نمی‌کند: بسته‌های آن غیر IP شمرده می‌شوند و اتصالی نمی‌سازند؛ برای دیدن محتوای آن‌ها، ضبط را در Wireshark باز کنید.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>جست‌وجوی معکوس DNS خاموش است: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>فرایندها را نمی‌توان شناسایی کرد: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>هسته‌ی سیستم‌عامل رویدادهای سوکت را دور ریخت، چون بافر رویدادها پر بود؛ بنابراین ممکن است برنامه‌ی برخی اتصال‌های کوتاه مشخص نباشد. بافر رویدادها را بزرگ‌تر کنید (تنظیمات، یا ‎--event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>با خطایی ناشناخته از کار افتاد.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>بخش «%1» متوقف شد: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>نام گردآورنده‌ی «%1» به نشانی تبدیل نشد (%2)؛ یک نشانی یا نام میزبانِ شناخته‌شده وارد کنید.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>باز کردن سوکت UDP به گردآورنده‌ی %1 ممکن نشد (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>فقط شماره‌های AS دارد و کشورها را ندارد</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>فقط کشورها را دارد و شماره‌های AS را ندارد</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>نه کشورها را دارد و نه شماره‌های AS را</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>یک پایگاه‌داده‌ی کشورها (GeoLite2 یا GeoIP2 از نوع Country یا City، DB-IP، IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>یک پایگاه‌داده‌ی AS ‏(GeoLite2 ASN، GeoIP2 ISP، IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>فایل «%1» (%2) %3؛ %4 انتخاب کنید.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>بدون نوع</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>فایل پایگاه‌داده‌ی «%1» وجود ندارد؛ مسیر را بررسی کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>مسیر «%1» یک پوشه است، نه فایل پایگاه‌داده؛ یک فایل .mmdb انتخاب کنید.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>فایل پایگاه‌داده‌ی «%1» خوانده نمی‌شود (اجازه‌ی دسترسی داده نشد)؛ مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>فایل پایگاه‌داده‌ی «%1» باز نمی‌شود (%2)؛ دیسک و مسیر را بررسی کنید.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>فایل پایگاه‌داده‌ی «%1» آسیب دیده است: %2؛ آن را دوباره دانلود کنید.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>فایل پایگاه‌داده‌ی «%1» خوانده نشد؛ دیسک را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>فایل «%1» فایل MaxMind DB ‏(.mmdb) نیست یا فراداده‌ی آن آسیب دیده است؛ یک فایل .mmdb از GeoLite2، GeoIP2، DB-IP یا IPinfo انتخاب کنید.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>فایل پایگاه‌داده‌ی «%1» بارگذاری نمی‌شود (اندازه‌های ثبت‌شده در آن در حافظه نمی‌گنجد، پس احتمالاً آسیب دیده است)؛ آن را دوباره دانلود کنید.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>جست‌وجوی %1 در «%2» ناموفق بود، زیرا %3؛ فایل را دوباره دانلود کنید.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>رکورد %1 در «%2» خوانده نمی‌شود، زیرا %3؛ فایل را دوباره دانلود کنید.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>فایل پایگاه‌داده‌ی «%1» خوانده نمی‌شود (%2)؛ دیسک و مسیر را بررسی کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>فایل «%1» خالی است؛ یک فایل .mmdb از GeoLite2، GeoIP2، DB-IP یا IPinfo انتخاب کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>مسیر «%1» یک فایل معمولی نیست؛ یک فایل .mmdb از GeoLite2، GeoIP2، DB-IP یا IPinfo انتخاب کنید.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>حافظه‌ی کافی برای یک نسخه‌ی خصوصی از فایل پایگاه‌داده‌ی «%1» وجود ندارد (%2)؛ برنامه‌های دیگر را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>فایل پایگاه‌داده‌ی «%1» هنگام خواندن مدام تغییر می‌کرد؛ پس از پایان نوشتن آن دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>فایل فهرست مسدودی %1 وجود ندارد؛ مسیر را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>مسیر %1 یک پوشه است، نه فایل فهرست مسدودی؛ یک فایل فهرست درون آن انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>مسیر %1 یک فایل معمولی نیست (بلکه پایپ، سوکت یا دستگاه است)؛ یک فایل فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>فایل فهرست مسدودی %1 خوانده نمی‌شود (%2)؛ مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>فایل %1 داده‌ی دودویی دارد (یک بایت صفر در موقعیت بایت %2)، پس فهرست مسدودی متنی نیست؛ یک فهرست IP/CIDR به صورت متن ساده انتخاب کنید.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>خواندن فایل فهرست مسدودی %1 پس از %2 بایت ناموفق بود؛ دیسک را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>فایل %1 هیچ نشانی‌ای ندارد (خالی است یا فقط توضیح دارد)؛ فهرستی با دست‌کم یک نشانی IP یا پیشوند انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>در %2 هیچ‌یک از %1 خطی که توضیح نیستند نشانی IP یا پیشوند نیست، پس این فایل فهرست مسدودی نیست؛ یک فهرست IP/CIDR به صورت متن ساده انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 بیش از یک کلمه دارد</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 نشانی یا پیشوند IPv4 یا IPv6 نیست</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>طول پیشوند در %1 باید عددی از ۰ تا %2 باشد</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>خط %1 بیش از %2 نویسه دارد، بنابراین از این خط صرف‌نظر می‌شود (بقیه‌ی فهرست همچنان بارگذاری می‌شود).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>خط %1: %2، بنابراین از این خط صرف‌نظر می‌شود (بقیه‌ی فهرست همچنان بارگذاری می‌شود).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>خط %1: در %2 بیت‌هایی فراتر از طول پیشوند آن تنظیم شده‌اند؛ به‌صورت %3 بارگذاری می‌شود.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>فایل برنامه‌های شناخته‌شده %1 یک فایل معمولی نیست. برنامه‌های جدید فقط تا بسته شدن Flowscope به خاطر سپرده می‌شوند.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>فایل برنامه‌های شناخته‌شده %1 خوانده نمی‌شود (%2). برنامه‌های جدید فقط تا بسته شدن Flowscope به خاطر سپرده می‌شوند.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>فایل برنامه‌های شناخته‌شده %1 آسیب دیده است (فهرستی از برنامه‌ها نیست)؛ آن را به جای دیگری منتقل کنید تا فایل تازه‌ای شروع شود. برنامه‌های جدید فقط تا بسته شدن Flowscope به خاطر سپرده می‌شوند.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>فایل برنامه‌های شناخته‌شده %1 تا انتها خوانده نشد. برنامه‌های جدید فقط تا بسته شدن Flowscope به خاطر سپرده می‌شوند.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>در فایل برنامه‌های شناخته‌شده %1 نمی‌توان نوشت (نوشتن فایل موقت %2 ناموفق بود)؛ برنامه‌های جدید فقط تا بسته شدن Flowscope به خاطر سپرده می‌شوند.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>فایل برنامه‌های شناخته‌شده %1 جایگزین نمی‌شود (%2)؛ برنامه‌های جدید فقط تا بسته شدن Flowscope به خاطر سپرده می‌شوند.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>عملیات مجاز نیست</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>چنین فایل یا پوشه‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>خطای ورودی/خروجی</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>چنین دستگاه یا نشانی‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>منبع موقتاً در دسترس نیست</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>تخصیص حافظه ممکن نیست</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>اجازه داده نشد</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>دستگاه یا منبع مشغول است</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>فایل از قبل وجود دارد</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>چنین دستگاهی وجود ندارد</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>این یک پوشه نیست</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>این یک پوشه است</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>آرگومان نامعتبر</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>تعداد فایل‌های باز در سیستم بیش از حد است</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>تعداد فایل‌های باز بیش از حد است</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>فایل بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>فضایی روی دستگاه باقی نمانده است</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>سیستم فایل فقط‌خواندنی</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>پایپ شکسته</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>نام فایل بیش از حد طولانی است</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>سطوح پیوندهای نمادین بیش از حد است</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>پیام بیش از حد طولانی است</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>خانواده‌ی نشانی از سوی پروتکل پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>نشانی از قبل در حال استفاده است</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>تخصیص نشانی درخواست‌شده ممکن نیست</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>شبکه از کار افتاده است</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>شبکه در دسترس نیست</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>نرم‌افزار باعث قطع اتصال شد</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>اتصال از سوی طرف مقابل بازنشانی شد</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>فضای بافر در دسترس نیست</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>نقطه‌ی پایانی انتقال متصل نیست</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>مهلت اتصال به پایان رسید</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>اتصال رد شد</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>مسیری به میزبان وجود ندارد</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>سهمیه‌ی دیسک پر شده است</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1؛ Flowscope به جای آن از پایگاه‌داده‌ی داخلی کشورها استفاده می‌کند.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1؛ Flowscope به جای آن از پایگاه‌داده‌ی داخلی AS استفاده می‌کند.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1؛ از پایگاه‌داده‌ی داخلی کشورها هم نمی‌توان استفاده کرد (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1؛ از پایگاه‌داده‌ی داخلی AS هم نمی‌توان استفاده کرد (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>پایگاه‌داده‌ی کشورها «%1» روی دیسک تغییر کرد؛ Flowscope آن را بررسی کرد و دوباره از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>پایگاه‌داده‌ی AS «%1» روی دیسک تغییر کرد؛ Flowscope آن را بررسی کرد و دوباره از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>پایگاه‌داده‌ی کشورها در حین استفاده تغییر کرد: %1؛ Flowscope تا وقتی فایل دوباره قابل استفاده شود، از پایگاه‌داده‌ی داخلی کشورها استفاده می‌کند.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>پایگاه‌داده‌ی AS در حین استفاده تغییر کرد: %1؛ Flowscope تا وقتی فایل دوباره قابل استفاده شود، از پایگاه‌داده‌ی داخلی AS استفاده می‌کند.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>ارسال پیام‌های IPFIX به %1 ممکن نشد: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>ارسال یک پیام IPFIX به گردآورنده ممکن نشد (%1)؛ آیا روی %2 گوش می‌دهد؟</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>فقط بخشی از آن ارسال شد</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>گردآورنده پیام‌ها را به اندازه‌ی کافی سریع نمی‌گیرد (صف انتظار %1 KiB پر شده است)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 نشانی امتحان شد: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>اتصال به گردآورنده ناموفق بود (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>گردآورنده اتصال را بست</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>گردآورنده آخرین پیام‌ها را به‌موقع نگرفت</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>پیش از باز کردن آداپتور %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>برنامه‌ی کمکی ضبط %1 آداپتور %2 را ظرف ۳۰ ثانیه باز نکرد؛ ضبط را دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>هنگام ضبط روی %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>وضعیت خروج %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>با سیگنال %1 خاتمه یافت، %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>با سیگنال %1 خاتمه یافت</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>وضعیت %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope نتوانست برنامه‌ی کمکی ضبط خود را اجرا کند (pipe: %1)؛ دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope نتوانست برنامه‌ی کمکی ضبط %1 را اجرا کند (%2)؛ Flowscope را دوباره نصب کنید یا FLOWSCOPE_CAPTURE=direct را تنظیم کنید.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>وضعیتش نامعلوم است</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>برنامه‌ی کمکی ضبط %1 %2 به‌طور غیرمنتظره متوقف شد (%3)؛ ضبط را دوباره شروع کنید، و اگر باز هم متوقف می‌شود، گزارش‌های سیستم را بررسی کنید.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>برنامه‌ی کمکی ضبط %1 داده‌هایی فرستاد که Flowscope نمی‌تواند بخواند (%2)؛ مطمئن شوید که این برنامه متعلق به همین نسخه‌ی Flowscope است و ضبط را دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>برنامه‌ی کمکی ضبط نتوانست قابلیت‌هایش را کنار بگذارد (%1)؛ ضبط کار می‌کند، اما این برنامه همچنان با دسترسی‌های بالا اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>خواندن جدول سوکت‌ها از طریق netlink ناموفق بود (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>%1 خوانده نمی‌شود (%2)؛ جدول سوکت‌ها در دسترس نیست.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>برنامه‌ی کمکی ضبط آن‌ها را بارگذاری می‌کند.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>رویدادهای سوکت eBPF خاموش‌اند: %1؛ به‌جای آن، مالکان سوکت‌ها از تصویرهای لحظه‌ای جدول سوکت‌ها شناسایی می‌شوند.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>این نسخه از Flowscope از eBPF پشتیبانی نمی‌کند (هنگام ساخت آن، libbpf، clang یا bpftool موجود نبود)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>بارگذاری آن‌ها به دسترسی root یا قابلیت‌های CAP_BPF و CAP_PERFMON نیاز دارد (و هسته‌ای که قفل نشده باشد)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>هسته‌ی سیستم‌عامل ردیاب را نپذیرفت (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>اتصال به نقاط ردیابی به دسترسی root یا CAP_PERFMON نیاز دارد</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>هسته‌ی سیستم‌عامل یکی از نقاط ردیابی لازم برای آن‌ها را ندارد (sock_send_length و sock_recv_length در Linux 6.3 اضافه شدند)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>ردیاب باز نشد (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>هسته‌ی سیستم‌عامل اطلاعات نوع BTF ندارد (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>مالکان سوکت‌ها از رویدادهای سوکت eBPF (نقاط ردیابی هسته) شناسایی می‌شوند و در صورت نیاز از تصویرهای لحظه‌ای جدول سوکت‌ها استفاده می‌شود.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>مالکان سوکت‌ها، طبق انتخاب شما، از تصویرهای لحظه‌ای جدول سوکت‌ها شناسایی می‌شوند.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>مالکان سوکت‌ها از تصویرهای لحظه‌ای جدول سوکت‌ها شناسایی می‌شوند: رویدادهای سوکت eBPF فقط در Linux وجود دارند.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>نشانی یا نام میزبان گردآورنده را وارد کنید، مثلاً 192.0.2.10 یا collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>«%1» نه نشانی IP است و نه نام میزبان؛ چیزی مانند 192.0.2.10 یا collector.example.org وارد کنید.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>درگاه «%1» خارج از محدوده است: عددی از 1 تا 65535 وارد کنید (گردآورنده‌های IPFIX معمولاً روی 4739 گوش می‌دهند).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>نام میزبان «%1» به هیچ نشانی‌ای تبدیل نمی‌شود؛ املای آن را بررسی کنید یا نشانی IP گردآورنده را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>نوشتن گزارش در %1 ممکن نیست: %2. پوشه‌ی دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>میزبان‌ها</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>سرویس‌ها</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>شبکه‌ها (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>برنامه‌ی نامشخص</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>میزبان نامشخص</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>سرویس نامشخص</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>کشور نامشخص</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>شبکه‌ی نامشخص</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>هنوز تاریخچه‌ای نیست: ضبط‌های زنده در %1 ثبت می‌شوند (تنظیمات ← تاریخچه) و ترافیک آن‌ها اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی %1 آسیب دیده است یا پایگاه‌داده‌ی تاریخچه نیست: آن را جابه‌جا یا حذف کنید تا ضبط زنده‌ی بعدی پایگاه‌داده‌ی تازه‌ای بسازد.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>میزبان %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>سرویس %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>برنامه‌ی %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>این نسخه از Flowscope از eBPF پشتیبانی نمی‌کند.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>رویدادهای سوکت eBPF فقط در Linux وجود دارند.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>هسته‌ی سیستم‌عامل اطلاعات نوع BTF ندارد.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>برنامه‌ی کمکی ضبط برای eBPF به قابلیت‌های CAP_BPF و CAP_PERFMON نیاز دارد.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>برای eBPF دسترسی root یا قابلیت‌های CAP_BPF و CAP_PERFMON لازم است.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>هسته‌ی سیستم‌عامل نقاط ردیابی لازم را ندارد (Linux 6.3 یا جدیدتر).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>برنامه‌ها از رویدادهای سوکت eBPF که برنامه‌ی کمکی ضبط بارگذاری می‌کند شناسایی می‌شوند و در صورت نیاز از تصویرهای لحظه‌ای استفاده می‌شود.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>برنامه‌ها از رویدادهای سوکت eBPF شناسایی می‌شوند و در صورت نیاز از تصویرهای لحظه‌ای استفاده می‌شود.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>برنامه‌ها، طبق انتخاب شما، از تصویرهای لحظه‌ای جدول سوکت‌ها شناسایی می‌شوند.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>برنامه‌ها از تصویرهای لحظه‌ای جدول سوکت‌ها شناسایی می‌شوند: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n رویداد سوکت از دست رفت چون بافر رویدادها پر بود؛ بافر بزرگ‌تر آن‌ها را نگه می‌دارد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ثانیه</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعت و %2 دقیقه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 سال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>آخرین ضبط زنده (روی %1) از سر گرفته نشد. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>قاعده‌ی نرخ ترافیک «%1» در تنظیمات خوانا نیست؛ نادیده گرفته می‌شود. آن را دوباره در تنظیمات اضافه کنید.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>قاعده‌ی سقف داده «%1» در تنظیمات خوانا نیست؛ نادیده گرفته می‌شود. آن را دوباره در تنظیمات اضافه کنید.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>میزبان برگزیده‌ی «%1» نشانی IP نیست؛ نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>سرویس برگزیده‌ی «%1» به شکل tcp/443 نیست؛ نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … و %2 خط دیگر با مشکل.</translation>
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
        <translation>برداشتن ستاره از %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>ستاره‌دار کردن %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>ستاره‌دار کردن یا برداشتن ستاره</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>فقط ستاره‌دارها</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>فقط موارد ستاره‌دار نمایش داده شوند (برای ستاره‌دار کردن یک مورد، روی آن راست‌کلیک کنید یا Ctrl+D را بزنید)</translation>
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
        <translation>در مکث</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>دریافت %1 · ارسال %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>پرترافیک‌ترین: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>در حال ضبط</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 اعلان خوانده‌نشده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>پاک کردن %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>down</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>running</source>
        <translation>در حال کار</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>حلقه‌ی بازگشت</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>بی‌سیم</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>ترافیک روی %1 در دقیقه‌ی گذشته</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 هیچ شمارنده‌ی ترافیکی گزارش نمی‌دهد</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>آداپتور</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>برنامه‌ی جدید</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>نشانی در فهرست مسدودی</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>نرخ ترافیک</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>برگزیده فعال است</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>سقف داده</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>مشکل ضبط</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (بی‌صدا)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>تحویل نشد: اعلان‌ها بی‌صدا بودند.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>هنوز چیزی از این برنامه در تاریخچه‌ی امروز نیست.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>امروز از نیمه‌شب (تاریخچه): %1 دریافتی، %2 ارسالی</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>نرخ دریافتی + ارسالی در دقیقه‌ی گذشته، جدیدترین در سمت راست</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDها</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>نرخ دریافت</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>نرخ ارسال</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>کل دریافتی</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>کل ارسالی</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>اتصال‌ها</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>برنامه‌ی %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>برای وارسی اتصال‌های یک برنامه، دوبار کلیک کنید یا Enter را بزنید</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>برنامه‌ها فقط در ضبط زنده شناخته می‌شوند: ضبطی را روی یک آداپتور شروع کنید تا ببینید کدام برنامه‌ها از شبکه استفاده می‌کنند.</translation>
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
        <translation>برای بازگشت به پنجره‌ی اصلی دوبار کلیک کنید؛ برای جابه‌جایی بکشید.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>هنوز برنامه‌ای نیست (فقط ضبط زنده)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>پنجره‌ی &amp;فشرده</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>ضبط نمی‌شود</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>در مکث روی %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>در حال ضبط روی %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>خواندن %1 در مکث</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>در حال خواندن %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>نمایش پنجره‌ی اصلی</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 بایت)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>کپی همه</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>کپی همه‌ی فیلدها، هر کدام در یک خط</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>پروتکل</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلی</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>راه دور</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>درگاه سرویس</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>بایت دریافتی</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>بایت ارسالی</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>بسته‌ی دریافتی</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>بسته‌ی ارسالی</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>نرخ دریافت</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>نرخ ارسال</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>نخستین مشاهده</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین مشاهده</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>پرچم‌های TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>شناسه‌ی جریان</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDها</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>خط فرمان</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>نام میزبان</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>منبع نام</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>نوع نشانی</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سرویس</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>کپی %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>برای دیدن جزئیات یک اتصال، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>دیگر در جدول نیست</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>فقط فعال‌ها</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>فقط ستاره‌دارها</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>جست‌وجوی اتصال‌ها</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>پروتکل</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>هر پروتکلی</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>هر جهتی</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>بیشتر خروجی</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>بیشتر ورودی</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>نشانی یا CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>یک نشانی (10.1.2.3، 2001:db8::1) یا یک شبکه (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>هر برنامه‌ای</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>کشور، AS یا دامنه</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>کد کشور (US)، شماره‌ی AS (AS15169) یا دامنه (google.com با www.google.com هم جور است)؛ اگر چند مورد با فاصله جدا شوند، همه اعمال می‌شوند</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>فقط اتصال‌هایی که در بازه‌ی گذشته ترافیک داشته‌اند</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>فقط اتصال‌هایی با میزبان، سرویس یا برنامه‌ی ستاره‌دار</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>برنامه‌ی %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>نه نشانی است و نه شبکه؛ فیلتر قبلی همچنان اعمال می‌شود</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>پنهان (کاربر %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>سوکتی از کاربر %1: برای دیدن برنامه‌ی آن، Flowscope را با دسترسی بیشتر اجرا کنید.</translation>
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
مسیر %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
کاربر %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
درگاه %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>فایل ضبط نرخ فعلی ندارد؛ نمودار صفحه‌ی نمای کلی ترافیک آن را در طول زمان نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>بایت در ثانیه در آخرین بازه</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>فقط ضبط زنده: فایل ضبط نرخ فعلی ندارد</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>پروتکل</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلی</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>راه دور</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سرویس</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>بایت دریافتی</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>بایت ارسالی</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>بسته‌ی دریافتی</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>بسته‌ی ارسالی</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>نرخ دریافت</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>نرخ ارسال</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>نخستین مشاهده</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین مشاهده</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>برنامه‌ای که این اتصال به آن تعلق دارد، شناخته نیست.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>نام میزبان</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (از %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>پرچم %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>نماد برنامه‌ی %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>وقتی برنامه‌ای برای نخستین بار از شبکه استفاده می‌کند، به من اطلاع بده</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>پخش صدا با هر اعلان</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>لغو بی‌صدایی</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>نشانی وب‌هوک</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (اختیاری)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>هر اعلان به‌صورت یک درخواست JSON POST به این نشانی هم فرستاده می‌شود (ساختار آن در docs/notifications.md آمده است).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>برنامه‌های جدید:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>صدا:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>وب‌هوک:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>بی‌صدا:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>این نشانی http:// یا https:// نیست؛ اعلان‌ها به آن فرستاده نخواهند شد.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>همه‌ی اعلان‌ها تا %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>این قاعده‌ها: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>هیچ چیز بی‌صدا نیست.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>بی‌صدا کردن این قاعده</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>گذرگاه نشست D-Bus وجود ندارد.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>اعلان‌های میزکار از طریق D-Bus در اینجا در دسترس نیستند.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 از طریق %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>فایل‌های ضبطی که برای مشاهده باز شده‌اند به گردآورنده فرستاده نمی‌شوند، مگر اینکه «فایل‌های ضبطِ بازشده برای مشاهده هم فرستاده شوند» در تنظیمات ← صدور روشن باشد.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>این نسخه از Flowscope نمی‌تواند جریان‌ها را به گردآورنده بفرستد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 رکورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 پیام</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 در قالب %2 فرستاده شد، %3 از دست رفت.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>چیزی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>جریان‌های این ضبط فرستاده نمی‌شوند: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>در حال فرستادن به %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>آخرین ضبط به پایان رسیده است. فرستاده‌شده به %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>گردآورنده در دسترس نیست: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: فرستاده نمی‌شود</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: گردآورنده در دسترس نیست</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 فرستاده شد، %2 از دست رفت</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 فرستاده شد</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>فرستادن جریان‌ها به گردآورنده (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>هر اتصال، همراه با برنامه‌ای که پشت آن است، به‌صورت رکوردهای IPFIX به گردآورنده‌ای که خودتان اجرا می‌کنید فرستاده می‌شود (nfdump، pmacct، GoFlow2، ElastiFlow، ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>فایل‌های ضبطِ بازشده برای مشاهده هم فرستاده شوند</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>تغییرات از ضبط بعدی اعمال می‌شوند؛ ضبطی که در جریان است به همان شکلی که شروع شده به فرستادن ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>گردآورنده</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>نشانی یا نام میزبان، مثلاً 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (روش معمول؛ وقتی گردآورنده از کار افتاده باشد از دست می‌رود)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (دوباره وصل می‌شود؛ تا وقتی گردآورنده از کار افتاده، صف انتظار نگه می‌دارد)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>میزبان:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>انتقال:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>مهلت فعال:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>جریانی که هنوز ادامه دارد با این فاصله گزارش می‌شود.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>مهلت بیکاری:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>جریانی که این مدت ترافیک نداشته باشد، پایان‌یافته گزارش می‌شود.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>شناسه‌ی دامنه‌ی مشاهده:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>شماره‌ی سازمان:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>شماره‌ی Private Enterprise Number که عناصر ویژه‌ی Flowscope (شناسه‌ی فرایند، مسیر برنامه، نام میزبان) با آن فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>مقدار پیش‌فرض، 32473، شماره‌ای است که RFC 5612 برای مستندسازی رزرو کرده است: جانگهداری برای شماره‌ی خودتان.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>این نسخه از Flowscope نمی‌تواند جریان‌ها را به گردآورنده بفرستد.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>بسته/ث</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>هزار بسته/ث</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>میلیون بسته/ث</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>میلیارد بسته/ث</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 میلی‌ثانیه</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 ثانیه</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 دقیقه و %2 ثانیه</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 ساعت و %2 دقیقه</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 روز و %2 ساعت</translation>
    </message>
    <message>
        <source>public</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>همین رایانه</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>حلقه‌ی بازگشت</translation>
    </message>
    <message>
        <source>private</source>
        <translation>خصوصی</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>محلی پیوند (link-local)</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>چندپخشی</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>همه‌پخشی</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>رزروشده (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>نام سرور TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>سرآیند Host در HTTP</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>پاسخ DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>پاسخ DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>جست‌وجوی معکوس DNS</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>میزبان‌های برنامه</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: روزانه در %2 روز، و میزبان‌های اصلی آن در بازه‌ی نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>بر اساس برنامه گروه‌بندی کنید و یکی را در جدول انتخاب کنید تا استفاده‌ی روزانه و میزبان‌های اصلی آن را ببینید.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>تاریخچه‌ی ترافیک</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
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
        <translation>↓ دریافتی · ↑ ارسالی</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 دریافتی، %3 ارسالی</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>همه: %1 دریافتی، %2 ارسالی</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>برای فهرست کردن اتصال‌های این بازه کلیک کنید</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>در این بازه ترافیکی نیست.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>در این بازه: %1 دریافتی، %2 ارسالی. بیشترین ترافیک: %3 (%4). شلوغ‌ترین زمان: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>راه دور</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سرویس</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>پروتکل</translation>
    </message>
    <message>
        <source>In</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ارسالی</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>نخستین مشاهده</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین مشاهده</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>ترافیک روزانه</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسالی</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 دریافتی، %3 ارسالی</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>در این بازه ترافیکی نیست.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>در %1 روز: %2 دریافتی، %3 ارسالی. شلوغ‌ترین روز: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;صدور گزارش…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>نوشتن جدول صفحه‌ی تاریخچه به‌صورت CSV یا JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>مجموع ترافیک</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>برای فهرست کردن اتصال‌های آن زمان، روی نمودار کلیک کنید.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>اتصال‌های بازه‌ی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>اتصال‌ها</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>ساعت گذشته</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>سفارشی</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>خواندن دوباره‌ی تاریخچه (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>بازه:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>گروه‌بندی بر اساس:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>اتصال‌های باز در %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>صدور گزارش</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی %1 آسیب دیده است، بنابراین این ضبط ثبت نمی‌شود (نمای زنده ادامه دارد)؛ کنار گذاشتن آن، آن را دست‌نخورده نگه می‌دارد و پایگاه‌داده‌ی تازه‌ای شروع می‌کند.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی %1 قابل استفاده نیست.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>این ضبط ثبت نمی‌شود؛ نمای زنده ادامه دارد.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope نمی‌داند تاریخچه را کجا نگه دارد (پوشه‌ی خانگی وجود ندارد)؛ یک فایل پایگاه‌داده در نما ← تنظیمات ← تاریخچه انتخاب کنید.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی آسیب‌دیده با نام %1 نگه داشته شد؛ ثبت در پایگاه‌داده‌ی تازه‌ای ادامه دارد.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>پایگاه‌داده‌ی تاریخچه‌ی آسیب‌دیده با نام %1 نگه داشته شد؛ ضبط زنده‌ی بعدی پایگاه‌داده‌ی تازه‌ای شروع می‌کند.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>مکث در ثبت</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>تا وقتی ثبت از سر گرفته نشده، ترافیک این ضبط در تاریخچه نیاید</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>هیچ فایل پایگاه‌داده‌ای مشخص نیست: یکی را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>هنوز چیزی ثبت نشده است: این فایل با نخستین ضبط زنده‌ی ثبت‌شده ساخته می‌شود.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1، هنوز ترافیکی ثبت نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1، ترافیک از %2 تا %3، %4 اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>ثبت ضبط‌های زنده در تاریخچه</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>فایل‌های ضبطی که برای مشاهده باز شده‌اند هرگز ثبت نمی‌شوند. «مکث در ثبت» در سینی سیستم و منوی ضبط، لحظه‌های خصوصی را بیرون نگه می‌دارد.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>مدت نگهداری بی‌درنگ روی ضبطِ در جریان اعمال می‌شود؛ روشن یا خاموش کردن ثبت و تغییر فایل پایگاه‌داده از ضبط زنده‌ی بعدی اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگهداری</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>برای همیشه</translation>
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
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>دقیقه‌ای، به مدت:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>ساعتی، به مدت:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>روزانه، به مدت:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>اتصال‌ها، حداکثر:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>سقف اندازه:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>دقیقه‌های قدیمی‌تر در ساعت‌ها و ساعت‌ها در روزها جمع زده می‌شوند، بنابراین مجموع‌ها دقیق می‌مانند. با رسیدن به سقف اندازه، قدیمی‌ترین سطرها زودتر حذف می‌شوند: اول اتصال‌ها، سپس دقیقه‌ها، ساعت‌ها و روزها.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه‌داده</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>فایل پایگاه‌داده‌ی تاریخچه</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>بازگشت به مکان پیش‌فرض</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>تاریخچه یک فایل SQLite روی همین رایانه است؛ چیزی از آن بیرون نمی‌رود. flowscope-cli report همین فایل را می‌خواند. فیلد خالی: مکان پیش‌فرض، %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>اینجا نامشخص (پوشه‌ی خانگی وجود ندارد)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>محتوای فعلی:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>انتخاب پایگاه‌داده‌ی تاریخچه</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>پایگاه‌داده‌های تاریخچه (*.sqlite);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>در حال خواندن…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 دریافتی، %2 ارسالی</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>In</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ارسالی</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>بسته‌ها</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: جست‌وجو؛ Ctrl+D: ستاره‌دار کردن میزبان، سرویس یا برنامه؛ Ctrl+Shift+C: انتخاب ستون‌ها</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>جزئیات اتصال</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>جست‌وجوی اتصال‌ها</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>انتخاب ستون‌ها</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>اتصال‌ها</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>پیش‌فرض سیستم (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>زبان جدید از اجرای بعدی Flowscope به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>بیکار</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>در حال ضبط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>در مکث</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> فایل دیگری در نما ← تنظیمات… انتخاب کنید، یا فیلد را خالی کنید تا پایگاه‌داده‌ی داخلی به کار رود.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;باز کردن فایل ضبط…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;مکث</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>مکث یا ادامه‌ی ضبط (Space، Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;توقف</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>توقف ضبط (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;درباره‌ی Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;ضبط</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;شروع</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نمای کلی</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;وارسی</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;برنامه‌ها</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;اعلان‌ها</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;تاریخچه</translation>
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
        <translation>&amp;سیستم</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;تیره</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>تن&amp;ظیمات…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>ضبط</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>باز کردن فایل ضبط</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>فایل‌های ضبط (*.pcap *.pcapng *.cap *.dmp);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;یک پایشگر شبکه: این رایانه با چه کسانی ارتباط دارد، به‌صورت زنده یا از روی یک فایل ضبط.&lt;/p&gt;&lt;p&gt;ساخته‌شده با Qt %2 (در حال اجرا روی Qt %3).&lt;br&gt;ضبط با %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;داده‌های AS از &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;، &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; و &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;نمادهای پرچم از &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;پایگاه‌داده‌ها با libmaxminddb خوانده می‌شوند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>درباره‌ی Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;ادامه</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 بسته</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 ازدست‌رفته</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>وارسی</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;پوسته</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>برنامه‌ها در طول ضبط زنده شناسایی می‌شوند.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>ترافیک در طول زمان</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>%1 ثانیه‌ی گذشته</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>علامت‌گذاری همه به‌عنوان خوانده‌شده</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>برای وارسی اتصال‌های یک هشدار، دوبار کلیک کنید یا Enter را بزنید</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>هنوز اعلانی نیست. در طول ضبط زنده، هشدارها اینجا نمایش داده می‌شوند: برنامه‌ای که برای نخستین بار از شبکه استفاده می‌کند، و قاعده‌هایی که در تنظیمات تعیین کرده‌اید.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 از %2 خوانده‌نشده</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>بیش از</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>For</source>
        <translation>به مدت</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>قاعده‌های نرخ</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>افزودن قاعده‌ی نرخ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>نرخ ترافیک بیش از یک حد</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>سقف</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>در هر</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>سقف‌های حجم داده</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>افزودن سقف داده</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>حجم داده بیش از یک سقف</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>همه‌ی ترافیک</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>خالی: همه‌ی ترافیک؛ در غیر این صورت مسیر یا نام یک برنامه</translation>
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
        <translation> ثانیه</translation>
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
        <translation>روز</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>فایل‌های فهرست مسدودی</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>مدخل‌ها</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>انتخاب فهرست‌های مسدودی</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>فهرست‌های IP (*.netset *.ipset *.txt *.list);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>افزودن فایل‌ها…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>فهرست‌های IP/CIDR به‌صورت متن ساده (هر خط یک مدخل، توضیح با #، همان‌طور که FireHOL منتشر می‌کند)، IPv4 و IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>فهرست‌های مسدودی</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>بارگذاری نشده</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>موارد ستاره‌دار</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>اعلان دوباره پس از بیکاری به مدت</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>میزبان‌ها، سرویس‌ها و برنامه‌ها را در صفحه‌های نمای کلی، وارسی و برنامه‌ها ستاره‌دار کنید.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>برگزیده‌ها</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>میزبان %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>سرویس %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>برنامه‌ی %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>بایت دریافتی</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>ترافیک IP دریافتی</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>بایت ارسالی</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>ترافیک IP ارسالی</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>بسته‌ها</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>همه‌ی فریم‌های ضبط‌شده</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>بسته/ثانیه</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>بسته‌ها در ثانیه‌ی گذشته</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>جریان‌ها</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>اتصال‌های دیده‌شده تا اینجا</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>فریم‌هایی که هسته‌ی سیستم‌عامل، آداپتور یا صف Flowscope از دست داده‌اند</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>مدت زمان پوشش‌داده‌شده‌ی ضبط</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;ترافیک&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>واحد:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>بایت/ثانیه</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>بیت/ثانیه</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>بسته/ثانیه</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>برنامه‌های برتر</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>برای وارسی اتصال‌های یک برنامه، روی آن کلیک کنید</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>میزبان‌های برتر</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>سرویس‌های برتر</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>میزبان %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>سرویس %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>برنامه‌ی %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>برای وارسی اتصال‌های یک مورد، روی آن کلیک کنید</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>اتصال‌های دیده‌شده تا اینجا (اکنون %1 در جدول)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>برنامه‌های پشت اتصال‌ها</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>روش شناسایی برنامه‌ها</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>خودکار (eBPF در صورت اجازه، وگرنه تصویرهای لحظه‌ای)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>رویدادهای سوکت eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>فقط تصویرهای لحظه‌ای</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>بافر رویدادها</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>از ضبط زنده‌ی بعدی اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>روش شناسایی برنامه‌ها:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>بافر رویدادها:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>کنار گذاشتن آن و شروع پایگاه‌داده‌ی تازه</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>پایگاه‌داده‌ی کشورها:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>پایگاه‌داده‌ی AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>خالی: پایگاه‌داده‌های داخلی DB-IP Lite. فایل‌های MMDB از GeoLite2، GeoIP2، DB-IP و IPinfo کار می‌کنند.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>جست‌وجوی نام میزبانِ نشانی‌ها (DNS معکوس، ضبط‌های زنده)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>فایل پایگاه‌داده‌ی کشورها</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>فایل پایگاه‌داده‌ی AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>داخلی (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>انتخاب پایگاه‌داده</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>فایل‌های MaxMind DB (*.mmdb);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>پایگاه‌داده‌ی داخلی همچنان به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>ذخیره‌ی ضبط در یک فایل pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>شروع ضبط</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>باز کردن فایل ضبط…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;شبکه‌ی خود را زیر نظر بگیرید&lt;/h2&gt;برای ضبط زنده یک آداپتور انتخاب کنید، یا یک فایل ضبط را باز کنید.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>در حال بررسی اینکه آیا Flowscope اجازه‌ی ضبط روی این رایانه را دارد…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;فیلتر ضبط:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>عبارت BPF، مثلاً tcp port 443 یا host 10.0.0.1 (خالی: همه چیز)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>آداپتورهای شبکه</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>فایلی که ضبط در آن ذخیره شود</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>فایل‌های ضبط</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>فایل‌های اخیر:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>فایل‌های ضبط اخیر</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>بدون فیلتر: همه‌ی بسته‌ها ضبط می‌شوند.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>نخست فیلتر ضبط را اصلاح کنید</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>ذخیره‌ی ضبط با نام</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>فایل‌های pcap (*.pcap);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>باز کردن فایل ضبط</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>ضبط‌ها (*.pcap *.pcapng *.cap);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>فایل‌های ضبط همچنان باز می‌شوند.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>فایل‌هایی که باز می‌کنید اینجا فهرست می‌شوند</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>راه‌اندازی</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>اجرای Flowscope هنگام ورود من به سیستم</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>ادامه‌ی آخرین ضبط زنده هنگام اجرای Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>هنگام ورود شما به سیستم، Flowscope را بدون پنجره و در سینی سیستم اجرا می‌کند.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>وقتی Flowscope بدون فایل ضبط یا آداپتور اجرا شود، دوباره روی همان آداپتور و با همان فیلترِ آخرین ضبط زنده ضبط می‌کند.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;کنتراست بالا</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>باز کردن &amp;پوشهٔ پوسته‌ها…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (نامعتبر)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>فایل پوستهٔ %1 به کار نرفت: %2 آن را اصلاح کنید و سپس دوباره از نما ← پوسته انتخاب کنید.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>فایل بزرگ‌تر از ۶۴ کیلوبایت است؛ پوسته فهرستی از چند رنگ است (docs/themes.md را ببینید).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>فایل خط «name = …» ندارد؛ یک خط با نامی که باید نمایش داده شود اضافه کنید.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>خط %1: «کلید = مقدار» انتظار می‌رفت.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>خط %1: «%2» دو بار آمده است؛ یکی را نگه دارید.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>خط %1: نام باید ۱ تا ۸۰ نویسه متن UTF-8 باشد.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>خط %1: based-on باید «light» یا «dark» باشد.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>خط %1: کلید ناشناخته «%2»؛ docs/themes.md کلیدهایی را که پوسته می‌تواند تنظیم کند فهرست می‌کند.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>خط %1: «%2» رنگ نیست؛ آن را به شکل #rrggbb بنویسید.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>خواندن فایل پوستهٔ %1 دشوار است: %2 روی %3 فقط کنتراست %4:1 دارد، کمتر از ۴٫۵:۱ که متن لازم دارد. این رنگ‌ها را در فایل از هم دورتر کنید.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 دریافتی، %3 ارسالی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>بایت</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>ترافیک در طول زمان</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>بدون ترافیک</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>فایل‌ها: برای بزرگ‌نمایی یک بازه‌ی زمانی بکشید، برای کوچک‌نمایی راست‌کلیک کنید (صفحه‌کلید: +، - و 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>بدون ترافیک به مدت %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>هنوز ترافیکی نیست.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>آخرین: ورودی %1، خروجی %2. بیشترین: ورودی %3 در %4، خروجی %5 در %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>نمایش پنجره</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>تغییر آداپتور</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>باز کردن نمای کلی</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>باز کردن برنامه‌ها</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>باز کردن اعلان‌ها</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>بی‌صدا کردن اعلان‌ها</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>به مدت یک ساعت</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>تا فردا</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>لغو بی‌صدایی</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>پنجره‌ی فشرده</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>این میزکار سینی سیستم ندارد (GNOME به افزونه‌ی AppIndicator نیاز دارد)، بنابراین بستن پنجره Flowscope را می‌بندد.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>این میزکار سینی سیستم ندارد (GNOME به افزونه‌ی AppIndicator نیاز دارد)، بنابراین پنجره به‌جای اجرای کوچک‌شده نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>پنهان کردن پنجره</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>آداپتوری نیست</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>ضبط روی %1 ممکن نیست</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope به پایش ادامه می‌دهد</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>نماد آن در سینی سیستم پنجره را دوباره باز می‌کند؛ «خروج» در منوی آن است.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>سینی سیستم</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>پرسیدن</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>ادامه‌ی پایش در سینی سیستم</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>هنگام بستن پنجره:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>نشانی http:// یا https:// نیست</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>وضعیت HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>بدون پاسخ در %1 ثانیه</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>وب‌هوک اعلان %1 ناموفق بود (%2)؛ هشدارها همچنان در صفحه‌ی اعلان‌ها فهرست می‌شوند. نشانی را در تنظیمات بررسی کنید.</translation>
    </message>
</context>
</TS>
