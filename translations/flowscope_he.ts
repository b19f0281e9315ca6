<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 ועוד %2</numerusform>
            <numerusform>%1 ועוד %2</numerusform>
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
        <translation>%1 ו־%2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>כל התעבורה</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>התעבורה של %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>המארח המועדף %1 פעיל</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>השירות המועדף %1 פעיל</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>התוכנה המועדפת %1 פעילה</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>תוכנה %1 השתמשה ברשת בפעם הראשונה</numerusform>
            <numerusform>%1 תוכנות השתמשו ברשת בפעם הראשונה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>נוצר חיבור לכתובת %1 שברשימת חסימה</numerusform>
            <numerusform>נוצרו חיבורים ל־%1 כתובות שברשימות חסימה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>קצב תעבורה %1 נשאר מעל הסף שלו</numerusform>
            <numerusform>%1 קצבי תעבורה נשארו מעל הסף שלהם</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>מועדף %1 הפך לפעיל</numerusform>
            <numerusform>%1 מועדפים הפכו לפעילים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>חריגה ממכסת נתונים %1</numerusform>
            <numerusform>חריגה מ־%1 מכסות נתונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>בעיית לכידה %1</numerusform>
            <numerusform>%1 בעיות לכידה</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>חיבורים ראשונים: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>נוצרו חיבורים לכתובות שברשימות חסימה: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>התעבורה נשארה מעל הסף שלה: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>החלה תעבורה של %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>התעבורה חרגה מהמכסה שלה: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>היו בעיות בלכידה: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>התוכנה %1 השתמשה ברשת בפעם הראשונה</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>הכתובת %1 נמצאת ברשימת החסימה %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: מעל %2 במשך %3 שנ׳</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: מעל המכסה היומית של %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: מעל המכסה החודשית של %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>המתאם נעלם</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>הלכידה נעצרה עקב שגיאה</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>הלכידה משמיטה %1 מהמסגרות</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>התוכנה %1 יצרה את החיבור הראשון שלה.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>התוכנה %1 יצרה את החיבור הראשון שלה (משתמש %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>נוצר חיבור לכתובת %1, שמופיעה ב־%2 בתור %3 (שורה %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>התוכנה %5 התחברה לכתובת %1, שמופיעה ב־%2 בתור %3 (שורה %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>החלה תעבורה: %1 דרך %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>החלה תעבורה: %1 דרך %2 על ידי %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 נשארה מעל %2 במשך שנייה %3.</numerusform>
            <numerusform>%1 נשארה מעל %2 במשך %3 שניות.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 הגיעה היום ל־%2, מעל המכסה של %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 הגיעה החודש ל־%2, מעל המכסה של %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>%1 מתוך %2 מסגרות אבדו ב־%3 השניות האחרונות; המחשב או Flowscope לא מצליחים לעמוד בקצב. צמצמו את הלכידה בעזרת מסנן או סגרו תוכנות אחרות שמעמיסות על המחשב.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>‏Flowscope לא הצליח ליצור את התיקייה %1, ולכן לא יופעל בכניסה למערכת; ודאו שיש לכם הרשאת כתיבה שם ונסו שוב.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>‏Flowscope לא הצליח לכתוב את %1 (%2), ולכן לא יופעל בכניסה למערכת; ודאו שיש לכם הרשאת כתיבה ב־%3 ונסו שוב.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>‏Flowscope לא הצליח להסיר את %1 (%2), ולכן עדיין יופעל בכניסה למערכת; ודאו שיש לכם הרשאת כתיבה ב־%3 ונסו שוב.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>‏Flowscope לא הצליח לכתוב את ערך הרישום %1, ולכן לא יופעל בכניסה למערכת; ודאו שהחשבון שלכם רשאי לשנות אותו ונסו שוב.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>‏Flowscope לא הצליח להסיר את ערך הרישום %1, ולכן עדיין יופעל בכניסה למערכת; ודאו שהחשבון שלכם רשאי לשנות אותו ונסו שוב.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>ההרשאה נדחתה: ל־Flowscope אסור לקרוא את %1. תנו למשתמש שלכם הרשאת קריאה לקובץ, או העתיקו אותו לאחת התיקיות שלכם, ופתחו אותו שוב.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>אין מתאם רשת בשם „%1”. בחרו אחד מהמתאמים שבדף ההתחלה.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>מתאם הרשת %1 הפסיק לפעול או נעלם במהלך הלכידה. חברו אותו מחדש והתחילו שוב, או בחרו מתאם אחר בדף ההתחלה; מה שנלכד נשאר מוצג.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>לא נבחר מתאם רשת; בחרו אחד בדף ההתחלה.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>לא ניתן לפתוח את %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>סגירת Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>להמשיך לנטר ממגש המערכת?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>‏Flowscope יכול להמשיך ללכוד ולהתריע גם כשהחלון סגור; הסמל שלו במגש מחזיר את החלון. אפשר גם לצאת ולהפסיק לנטר.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>השארה במגש</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>לא לשאול שוב (ניתן לשנות בהגדרות)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>‏Flowscope לא הצליח להציג את רשימת מתאמי הרשת (libpcap: %1); ודאו שמחסנית הרשת של המערכת פועלת ונסו שוב.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>‏libpcap לא הצליחה להכין מהדר מסננים (אולי אין די זיכרון); נסו שוב או הפעילו מחדש את Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>מסנן הלכידה „%1” אינו תקין: %2; תקנו אותו (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>ראו `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>הדיסק מלא</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>מכסת הדיסק נוצלה עד תומה</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>הקובץ הגיע לגודל המרבי המותר</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>הדיסק דיווח על שגיאה</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>‏Flowscope אינו מורשה לכתוב את %1 (%2); בחרו תיקייה שיש לכם הרשאת כתיבה בה.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>הנתיב %1 הוא תיקייה; ציינו את שם קובץ ה־pcap שייכתב, למשל %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>התיקייה של %1 אינה קיימת; צרו אותה או בחרו מיקום אחר.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>‏Flowscope אינו יכול ליצור את %1 (%2); בחרו מיקום אחר.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>הכתיבה אל %1 נעצרה אחרי %2 מסגרות כי %3 (%4); הקובץ מכיל את המסגרות האלה ונשאר קריא, והלכידה נמשכת בלי שמירה: פנו מקום בדיסק או בחרו מיקום אחר.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>הכתיבה אל %1 נעצרה אחרי %2 מסגרות כי %3 (%4); ייתכן שהמסגרת האחרונה בו קטועה, והלכידה נמשכת בלי שמירה: פנו מקום בדיסק או בחרו מיקום אחר.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>‏Flowscope אינו יכול לכתוב את %1 כי %2 (%3); פנו מקום בדיסק או בחרו מיקום אחר.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>הכתיבה אל %1 נכשלה בעת סגירת הקובץ (%2); ייתכן שהדיסק לא הכיל את כולו, בדקו את הדיסק או בחרו מיקום אחר.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>הקובץ %1 מסתיים באמצע %2 (היסט %3 בבתים): הקובץ נקטע, והמנה השלמה שלפני כן (%4) נקראה.</numerusform>
            <numerusform>הקובץ %1 מסתיים באמצע %2 (היסט %3 בבתים): הקובץ נקטע, ו־%4 המנות השלמות שלפני כן נקראו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>קריאת %1 נכשלה בהיסט %2 בבתים (%3); בדקו את הדיסק או העתיקו את הקובץ לכונן מקומי.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>הקובץ %1 ריק (0 בתים), ולכן אין בו מנות; בחרו קובץ לכידה שנשמר ב־Wireshark, ב־tcpdump או ב־Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>אורך הקובץ %1 הוא בית %2 בלבד, קצר מכדי להיות קובץ לכידה מסוג pcap או pcapng.</numerusform>
            <numerusform>אורך הקובץ %1 הוא %2 בתים בלבד, קצר מכדי להיות קובץ לכידה מסוג pcap או pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>הקובץ %1 אינו קובץ לכידה מסוג pcap או pcapng (מספר קסם לא מוכר %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>הקובץ %1 אינו קיים; בדקו את שם הקובץ ואת התיקייה.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>‏Flowscope אינו מורשה לקרוא את %1; תנו למשתמש שלכם הרשאת קריאה לקובץ או העתיקו אותו למקום אחר.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>לא ניתן לפתוח את %1 (%2); ודאו שיש גישה לקובץ.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>הנתיב %1 הוא תיקייה ולא קובץ לכידה; בחרו קובץ .pcap או .pcapng שבתוכה.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>ולכן לא ניתן היה לקרוא ממנו אף מנה (ייתכן ש־pcapfix יוכל לתקן את הקובץ).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>ולכן הקריאה נעצרה אחרי המנה שלפניו (%1 בסך הכול; ייתכן ש־pcapfix יוכל לתקן את הקובץ).</numerusform>
            <numerusform>ולכן הקריאה נעצרה אחרי %1 המנות שלפניו (ייתכן ש־pcapfix יוכל לתקן את הקובץ).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>לא נבחר מתאם רשת; בחרו אחד מתוך `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>הפעילו את Flowscope עם הרשאות מנהל, או הקצו לו את היכולת (capability) פעם אחת: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>הקובץ %1 קטוע: יש בו %2 בתים בלבד, פחות מכותרת קובץ ה־pcap בת 24 הבתים, ולכן כנראה לא נכתב או הועתק במלואו.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>הקובץ %1 משתמש בגרסה %2.%3 של תבנית pcap, ש־Flowscope אינו יכול לקרוא; המירו אותו ל־pcapng באמצעות „Save As” של Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>מנה %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>הקובץ %1 פגום: הכותרת של רשומה %2 בהיסט %3 בבתים מציינת %4 בתים לכודים, יותר מהמגבלה של %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>אין מתאם רשת בשם „%1”; הריצו `flowscope-cli interfaces` כדי לראות את המתאמים שאפשר ללכוד בהם.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>ל־Flowscope אין הרשאה ללכוד ב־%1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>מתאם הרשת %1 מושבת; הפעילו אותו (או חברו אותו) והתחילו את הלכידה מחדש.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>מתאם הרשת %1 אינו תומך במצב ניטור (monitor mode); בחרו מתאם אחר.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>‏Flowscope לא הצליח להתחיל ללכוד ב־%1 (%2: %3); בדקו את המתאם ונסו שוב.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>לא ניתן היה להתקין את מסנן הלכידה „%1” ב־%2 (%3: %4); נסו מסנן פשוט יותר.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>‏Flowscope לא הצליח להכין לכידה ב־%1 (%2: %3); נסו שוב.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>מתאם הרשת %1 הפסיק לפעול או נעלם במהלך הלכידה (%2: %3); חברו אותו מחדש או בחרו מתאם אחר בעזרת `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>הלכידה ב־%1 נכשלה (%2: %3); התחילו את הלכידה מחדש.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>בלוק %1 בהיסט %2 בבתים</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>הקובץ %1 קטוע: הוא מסתיים בתוך כותרת המקטע של pcapng, ולכן כנראה לא נכתב או הועתק במלואו.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>הקובץ %1 פגום: אורך כותרת המקטע (%2) הוא %3 בתים בלבד (נדרשים 28 לפחות), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>הקובץ %1 משתמש בגרסה %2.%3 של pcapng, ש־Flowscope אינו יכול לקרוא; שמרו אותו מחדש ב־Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>הקובץ %1 פגום: אפשרות של כותרת המקטע (%2) מציינת %3 בתים, יותר ממה שהבלוק שלה מכיל, ולכן אי אפשר לקרוא ממנו אף מנה (ייתכן ש־pcapfix יוכל לתקן את הקובץ).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>הקובץ %1 פגום: תיאור הממשק (%2) קצר מדי.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>הקובץ %1 פגום: אפשרות של תיאור הממשק (%2) מציינת %3 בתים, יותר ממה שהבלוק שלו מכיל, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>בלוק %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>הקובץ %1 פגום: לכותרת המקטע (%2) יש מספר קסם של סדר בתים שאינו תקין.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>אורכו %1 בתים, פחות מהמינימום של 12 בתים</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>אורכו %1 בתים, מספר שאינו כפולה של 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>מציין אורך של %1 בתים, יותר מכל בלוק אמיתי</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>שדה האורך שבסופו שונה מזה שבתחילתו (%1 במקום %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>הוא בלוק מנה קצר מכדי להכיל את השדות שלו</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>מציין %1 בתים לכודים, יותר ממה שהוא מכיל</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>מפנה לממשק %1, אבל מספר הממשקים שהמקטע שלו מתאר לפניו הוא %2 בלבד</numerusform>
            <numerusform>מפנה לממשק %1, אבל מספר הממשקים שהמקטע שלו מתאר לפניו הוא %2 בלבד</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>הוא בלוק מנה פשוטה קצר מכדי להכיל את השדות שלו</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>הוא מנה, אבל המקטע שלו אינו מתאר שום ממשק לפניו</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>הקובץ %1 פגום: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>‏Npcap הותקן למנהלים בלבד: הפעילו את Flowscope כמנהל, או התקינו מחדש את Npcap בלי „Restrict Npcap driver&apos;s access to Administrators only”.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>ראו את תחביר pcap-filter בכתובת %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>עדיין אין מסד נתוני היסטוריה ב־„%1”; לכידות חיות יוצרות אותו (יישום שולחן העבודה מקליט אותן, או הריצו flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>לא ניתן לקרוא את מסד נתוני ההיסטוריה „%1” (אין הרשאה אליו, או לתיקייה שלו בזמן שמקליטים אליו); קראו אותו בתור הבעלים שלו, או העתיקו אותו.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>„%1” הוא מסד נתונים של תוכנה אחרת, לא היסטוריה של Flowscope; בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>מסד נתוני ההיסטוריה „%1” נכתב בגרסה חדשה יותר של Flowscope (סכמה %2, גרסה זו מכירה עד %3); עדכנו את Flowscope או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>מסד נתוני ההיסטוריה „%1” פגום (גרסת סכמה %2, שאף גרסה של Flowscope אינה כותבת); העבירו אותו הצידה והתחילו מסד חדש.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>„%1” עדיין אינו מכיל היסטוריה; לכידות חיות מוקלטות אליו.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>לא ניתן ליצור את התיקייה של מסד נתוני ההיסטוריה „%1” (%2); בחרו קובץ אחר או אפשרו כתיבה שם.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>לא ניתן היה להעביר הצידה את מסד נתוני ההיסטוריה הפגום „%1” (%2); העבירו או מחקו אותו בעצמכם.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>מסד נתוני ההיסטוריה „%1” נעול על ידי תוכנה אחרת; סגרו את התוכנה הזו (או בחרו קובץ אחר) ונסו שוב.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>לא ניתן לכתוב אל מסד נתוני ההיסטוריה „%1” (לקריאה בלבד או אין הרשאה); אפשרו כתיבה אליו ואל התיקייה שלו, או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>מסד נתוני ההיסטוריה „%1” פגום; העבירו אותו הצידה והתחילו מסד חדש (את מה שהוקלט בו אי אפשר לקרוא).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>הדיסק שעליו נמצא מסד נתוני ההיסטוריה „%1” מלא; פנו מקום או הקטינו את מגבלת הגודל של ההיסטוריה, ואז התחילו להקליט מחדש.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>לא ניתן לפתוח את מסד נתוני ההיסטוריה „%1”; ודאו שהתיקייה שלו קיימת וניתנת לכתיבה, או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>לא ניתן לפתוח את מסד נתוני ההיסטוריה „%1” (%2); ודאו שהתיקייה שלו קיימת וניתנת לכתיבה, או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>לא ניתן היה לקרוא ממסד נתוני ההיסטוריה „%1” או לכתוב אליו (שגיאת קלט/פלט); בדקו את הדיסק שעליו הוא נמצא.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>לא ניתן היה לקרוא ממסד נתוני ההיסטוריה „%1” או לכתוב אליו (שגיאת קלט/פלט: %2); בדקו את הדיסק שעליו הוא נמצא.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>מסד נתוני ההיסטוריה „%1” החזיר שגיאה בלתי צפויה.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>מסד נתוני ההיסטוריה „%1” החזיר שגיאה בלתי צפויה (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>לא ניתן להחיל את מסנן הלכידה על סוג הקישור %1; מסגרות מסוג זה הושמטו.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>לא ניתן היה לכתוב %1 מסגרות אל %2 כי הדיסק היה איטי מדי.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>‏Flowscope אינו מפענח את סוג הקישור %1: המנות שלו נספרות כלא־IP ואינן יוצרות חיבורים; פתחו את הלכידה ב־Wireshark כדי לראות את תוכנן.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>חיפוש DNS הפוך מושבת: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>לא ניתן לזהות תהליכים: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>הליבה השמיטה אירועי שקעים כי חוצץ האירועים היה מלא, ולכן ייתכן שלחלק מהחיבורים הקצרים לא תוצג תוכנה; הגדילו את חוצץ האירועים (בהגדרות, או ‎--event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>נכשל בשגיאה לא ידועה.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>הרכיב „%1” נעצר: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>לא ניתן היה לתרגם את האספן „%1” לכתובת (%2); הזינו כתובת או שם מארח מוכר.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>לא ניתן היה לפתוח שקע UDP אל האספן %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>מכיל מספרי AS אך לא מדינות</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>מכיל מדינות אך לא מספרי AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>אינו מכיל מדינות ולא מספרי AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>מסד נתוני מדינות (GeoLite2 או GeoIP2 מסוג Country או City, ‏DB-IP או IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>מסד נתוני AS ‏(GeoLite2 ASN, ‏GeoIP2 ISP או IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>הקובץ „%1” (%2) %3; בחרו %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>ללא סוג</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>קובץ מסד הנתונים „%1” אינו קיים; בדקו את הנתיב.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>הנתיב „%1” הוא תיקייה ולא קובץ מסד נתונים; בחרו קובץ .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>לא ניתן לקרוא את קובץ מסד הנתונים „%1” (ההרשאה נדחתה); בדקו את ההרשאות שלו.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>לא ניתן לפתוח את קובץ מסד הנתונים „%1” (%2); בדקו את הדיסק ואת הנתיב.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>קובץ מסד הנתונים „%1” פגום: %2; הורידו אותו שוב.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>קריאת קובץ מסד הנתונים „%1” נכשלה; בדקו את הדיסק ונסו שוב.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>הקובץ „%1” אינו קובץ MaxMind DB ‏(.mmdb) או שהמטא־נתונים שלו פגומים; בחרו קובץ .mmdb של GeoLite2, ‏GeoIP2, ‏DB-IP או IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>לא ניתן לטעון את קובץ מסד הנתונים „%1” (הגדלים הרשומים בו אינם נכנסים בזיכרון, ולכן כנראה שהוא פגום); הורידו אותו שוב.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>החיפוש של %1 ב־„%2” נכשל כי %3; הורידו את הקובץ שוב.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>לא ניתן לקרוא את הרשומה של %1 ב־„%2” כי %3; הורידו את הקובץ שוב.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>לא ניתן לקרוא את קובץ מסד הנתונים „%1” (%2); בדקו את הדיסק ואת הנתיב.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>הקובץ „%1” ריק; בחרו קובץ .mmdb של GeoLite2, ‏GeoIP2, ‏DB-IP או IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>הנתיב „%1” אינו קובץ רגיל; בחרו קובץ .mmdb של GeoLite2, ‏GeoIP2, ‏DB-IP או IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>אין די זיכרון לעותק פרטי של קובץ מסד הנתונים „%1” (%2); סגרו תוכנות אחרות ונסו שוב.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>קובץ מסד הנתונים „%1” השתנה שוב ושוב בזמן הקריאה; נסו שוב אחרי שכתיבתו תסתיים.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>קובץ רשימת החסימה %1 אינו קיים; בדקו את הנתיב.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>הנתיב %1 הוא תיקייה ולא קובץ רשימת חסימה; בחרו קובץ רשימה שבתוכה.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>הנתיב %1 אינו קובץ רגיל (אלא צינור, שקע או התקן); בחרו קובץ רשימה.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>לא ניתן לקרוא את קובץ רשימת החסימה %1 (%2); בדקו את ההרשאות שלו.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>הקובץ %1 מכיל נתונים בינאריים (בית אפס בהיסט %2), ולכן אינו רשימת חסימה טקסטואלית; בחרו רשימת IP/CIDR בטקסט פשוט.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>קריאת קובץ רשימת החסימה %1 נכשלה אחרי %2 בתים; בדקו את הדיסק.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>הקובץ %1 אינו מכיל כתובות (הוא ריק או מכיל הערות בלבד); בחרו רשימה עם כתובת IP או קידומת אחת לפחות.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>ב־%2 יש %1 שורה שאינה הערה, והיא אינה כתובת IP או קידומת, ולכן הקובץ אינו רשימת חסימה; בחרו רשימת IP/CIDR בטקסט פשוט.</numerusform>
            <numerusform>אף אחת מ־%1 השורות שאינן הערות ב־%2 אינה כתובת IP או קידומת, ולכן הקובץ אינו רשימת חסימה; בחרו רשימת IP/CIDR בטקסט פשוט.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 מכיל יותר ממילה אחת</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 אינו כתובת או קידומת של IPv4 או IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>אורך הקידומת ב־%1 חייב להיות מספר בין 0 ל־%2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>שורה %1 ארוכה מ־%2 תווים, ולכן השורה מדולגת (שאר הרשימה נטען כרגיל).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>שורה %1: %2, ולכן השורה מדולגת (שאר הרשימה נטען כרגיל).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>שורה %1: ב־%2 מוגדרות סיביות מעבר לאורך הקידומת שלו; הוא נטען בתור %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>קובץ התוכנות המוכרות %1 אינו קובץ רגיל. תוכנות חדשות ייזכרו רק עד ש־Flowscope ייסגר.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>לא ניתן לקרוא את קובץ התוכנות המוכרות %1 (%2). תוכנות חדשות ייזכרו רק עד ש־Flowscope ייסגר.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>קובץ התוכנות המוכרות %1 פגום (אינו רשימת תוכנות); העבירו אותו למקום אחר כדי להתחיל קובץ חדש. תוכנות חדשות ייזכרו רק עד ש־Flowscope ייסגר.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>לא ניתן היה לקרוא את קובץ התוכנות המוכרות %1 עד סופו. תוכנות חדשות ייזכרו רק עד ש־Flowscope ייסגר.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>לא ניתן לכתוב את קובץ התוכנות המוכרות %1 (הכתיבה לקובץ הזמני %2 נכשלה); תוכנות חדשות ייזכרו רק עד ש־Flowscope ייסגר.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>לא ניתן להחליף את קובץ התוכנות המוכרות %1 (%2); תוכנות חדשות ייזכרו רק עד ש־Flowscope ייסגר.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>הפעולה אינה מותרת</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>אין קובץ או תיקייה כאלה</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>שגיאת קלט/פלט</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>אין התקן או כתובת כאלה</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>המשאב אינו זמין זמנית</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>לא ניתן להקצות זיכרון</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>ההרשאה נדחתה</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>ההתקן או המשאב תפוס</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>הקובץ קיים</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>אין התקן כזה</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>זו אינה תיקייה</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>זו תיקייה</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>ארגומנט לא תקין</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>יותר מדי קבצים פתוחים במערכת</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>יותר מדי קבצים פתוחים</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>הקובץ גדול מדי</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>לא נותר מקום בהתקן</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>מערכת קבצים לקריאה בלבד</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>צינור שבור</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>שם הקובץ ארוך מדי</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>יותר מדי רמות של קישורים סמליים</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>ההודעה ארוכה מדי</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>משפחת הכתובות אינה נתמכת על ידי הפרוטוקול</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>הכתובת כבר בשימוש</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>לא ניתן להקצות את הכתובת המבוקשת</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>הרשת אינה פועלת</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>הרשת אינה נגישה</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>התוכנה גרמה לביטול החיבור</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>החיבור אופס על ידי הצד השני</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>אין מקום פנוי בחוצץ</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>נקודת הקצה של התעבורה אינה מחוברת</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>תם הזמן שהוקצב לחיבור</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>החיבור נדחה</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>אין נתיב אל המארח</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>חריגה ממכסת הדיסק</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; Flowscope משתמש במקום זאת במסד נתוני המדינות המובנה.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; Flowscope משתמש במקום זאת במסד נתוני AS המובנה.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; גם במסד נתוני המדינות המובנה לא ניתן להשתמש (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; גם במסד נתוני AS המובנה לא ניתן להשתמש (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>מסד נתוני המדינות „%1” השתנה בדיסק; Flowscope בדק אותו ומשתמש בו שוב.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>מסד נתוני AS „%1” השתנה בדיסק; Flowscope בדק אותו ומשתמש בו שוב.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>מסד נתוני המדינות השתנה בזמן שהיה בשימוש: %1; Flowscope משתמש במסד נתוני המדינות המובנה עד שיהיה אפשר להשתמש בקובץ שוב.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>מסד נתוני AS השתנה בזמן שהיה בשימוש: %1; Flowscope משתמש במסד נתוני AS המובנה עד שיהיה אפשר להשתמש בקובץ שוב.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>לא ניתן היה לשלוח הודעות IPFIX אל %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>לא ניתן היה לשלוח הודעת IPFIX אל האספן (%1); האם הוא מאזין ב־%2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>נשלחה חלקית</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>האספן אינו מקבל הודעות מהר מספיק (תור ההמתנה בגודל %1 KiB מלא)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>נוסו %1 כתובות: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>החיבור לאספן נכשל (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>האספן סגר את החיבור</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>האספן לא קיבל את ההודעות האחרונות בזמן</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>לפני שפתחה את המתאם %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>תוכנת העזר ללכידה %1 לא פתחה את המתאם %2 בתוך 30 שניות; התחילו את הלכידה מחדש.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>בזמן לכידה ב־%1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>מצב יציאה %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>הופסקה על ידי האות %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>הופסקה על ידי האות %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>מצב %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>‏Flowscope לא הצליח להפעיל את תוכנת העזר ללכידה שלו (pipe: %1); נסו שוב.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>‏Flowscope לא הצליח להפעיל את תוכנת העזר ללכידה %1 (%2); התקינו מחדש את Flowscope או הגדירו FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>מצבה אינו ידוע</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>תוכנת העזר ללכידה %1 נעצרה באופן בלתי צפוי %2 (%3); התחילו את הלכידה מחדש, ואם היא ממשיכה להיעצר, בדקו את יומן המערכת.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>תוכנת העזר ללכידה %1 שלחה נתונים ש־Flowscope אינו יכול לקרוא (%2); ודאו שהיא שייכת לגרסה זו של Flowscope והתחילו את הלכידה מחדש.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>תוכנת העזר ללכידה לא הצליחה לוותר על היכולות שלה (%1); הלכידה פועלת, אבל תוכנת העזר ממשיכה לרוץ עם הרשאות מוגברות.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>קריאת טבלת השקעים דרך netlink נכשלה (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>לא ניתן לקרוא את %1 (%2); טבלת השקעים אינה זמינה.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>תוכנת העזר ללכידה טוענת אותם.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>אירועי שקעים של eBPF מושבתים: %1; במקומם, בעלי השקעים מזוהים מתמונות מצב של טבלת השקעים.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>בגרסה זו של Flowscope אין תמיכה ב־eBPF (בעת בנייתה חסרו libbpf, clang או bpftool)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>לטעינתם נדרשים root או היכולות CAP_BPF ו־CAP_PERFMON (וליבה שאינה נעולה)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>הליבה דחתה את רכיב המעקב (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>לחיבור לנקודות מעקב נדרשים root או CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>בליבה חסרה נקודת מעקב שהם צריכים (sock_send_length ו־sock_recv_length נוספו ב־Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>לא ניתן היה לפתוח את רכיב המעקב (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>בליבה אין מידע טיפוסים של BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>בעלי השקעים מזוהים מאירועי שקעים של eBPF (נקודות מעקב של הליבה), ותמונות מצב של טבלת השקעים משמשות כגיבוי.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>בעלי השקעים מזוהים מתמונות מצב של טבלת השקעים, כפי שבחרתם.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>בעלי השקעים מזוהים מתמונות מצב של טבלת השקעים: אירועי שקעים של eBPF קיימים רק ב־Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>הזינו את הכתובת או את שם המארח של האספן, למשל 192.0.2.10 או collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>„%1” אינו כתובת IP ואינו שם מארח; הזינו למשל 192.0.2.10 או collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>הפתחה „%1” מחוץ לטווח: הזינו מספר בין 1 ל־65535 (אספני IPFIX מאזינים בדרך כלל ב־4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>שם המארח „%1” אינו מתורגם לכתובת; בדקו את האיות או הזינו את כתובת ה־IP של האספן.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>לא ניתן לכתוב את הדוח אל %1: %2. בחרו תיקייה אחרת.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>יישומים</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>מארחים</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>מדינות</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>רשתות (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>יישום לא ידוע</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>מארח לא ידוע</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>שירות לא ידוע</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>מדינה לא ידועה</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>רשת לא ידועה</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>אין היסטוריה עדיין: לכידות חיות נרשמות אל %1 (הגדרות ← היסטוריה), והתעבורה שלהן מוצגת כאן.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>מסד נתוני ההיסטוריה %1 פגום או שאינו מסד נתוני היסטוריה: העבירו אותו הצידה או מחקו אותו, והלכידה החיה הבאה תתחיל מסד חדש.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>מארח %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>שירות %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>יישום %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>בגרסה זו של Flowscope אין תמיכה ב־eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>אירועי שקעים של eBPF קיימים רק ב־Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>בליבה אין מידע טיפוסים של BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>תוכנת העזר ללכידה צריכה את היכולות CAP_BPF ו־CAP_PERFMON עבור eBPF.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>לשימוש ב־eBPF נדרשים root או היכולות CAP_BPF ו־CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>בליבה חסרות נקודות המעקב הנדרשות (Linux 6.3 ואילך).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>התוכנות מזוהות מאירועי שקעים של eBPF, שנטענים על ידי תוכנת העזר ללכידה, ותמונות מצב משמשות כגיבוי.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>התוכנות מזוהות מאירועי שקעים של eBPF, ותמונות מצב משמשות כגיבוי.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>התוכנות מזוהות מתמונות מצב של טבלת השקעים, כפי שבחרתם.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>התוכנות מזוהות מתמונות מצב של טבלת השקעים: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>אירוע שקע %n אבד כי חוצץ האירועים היה מלא; חוצץ גדול יותר שומר עליהם.</numerusform>
            <numerusform>%n אירועי שקעים אבדו כי חוצץ האירועים היה מלא; חוצץ גדול יותר שומר עליהם.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 דק׳</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>יום %Ln</numerusform>
            <numerusform>%Ln ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>שנה %1</numerusform>
            <numerusform>%1 שנים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>הלכידה החיה האחרונה (ב־%1) לא חודשה. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>לא ניתן לקרוא את כלל קצב התעבורה „%1” שבהגדרות, ולכן הוא מתעלם. הוסיפו אותו שוב בהגדרות.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>לא ניתן לקרוא את כלל מכסת הנתונים „%1” שבהגדרות, ולכן הוא מתעלם. הוסיפו אותו שוב בהגדרות.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>המארח המועדף „%1” אינו כתובת IP, ולכן מתעלמים ממנו.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>השירות המועדף „%1” אינו בצורה tcp/443, ולכן מתעלמים ממנו.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … ועוד %2 שורות עם בעיות.</translation>
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
        <translation>הסרת הכוכב מ־%1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>סימון %1 בכוכב</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>סימון או הסרה של כוכב</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>מסומנים בכוכב בלבד</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>הצגת פריטים מסומנים בכוכב בלבד (לחיצה ימנית על פריט או Ctrl+D מסמנים אותו)</translation>
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
        <translation>מושהה</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>נעצר</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>נכנס %1 · יוצא %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>המוביל: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>לוכד</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>התראה %1 שלא נקראה</numerusform>
            <numerusform>%1 התראות שלא נקראו</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>ניקוי %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>down</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <source>running</source>
        <translation>רץ</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>לולאה חוזרת</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>אלחוטי</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>תעבורה ב־%1 בדקה האחרונה</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>‏%1 אינו מדווח מוני תעבורה</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>מתאם</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>כתובות</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעילות</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>תוכנה חדשה</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>כתובת ברשימת חסימה</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>קצב תעבורה</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>מועדף פעיל</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>מכסת נתונים</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>בעיה בלכידה</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (מושתק)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>לא נמסר: ההתראות היו מושתקות.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>כלל</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>עדיין אין בהיסטוריה של היום דבר מהיישום הזה.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>היום מחצות (היסטוריה): %1 נכנס, %2 יוצא</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>קצב נכנס + יוצא בדקה האחרונה, החדש ביותר בקצה</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>מזהי תהליכים</translation>
    </message>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעילות</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>קצב נכנס</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>קצב יוצא</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>סה״כ נכנס</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>סה״כ יוצא</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>חיבורים</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>יישום %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>יישומים</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>לחיצה כפולה או Enter לבדיקת החיבורים של יישום</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>יישומים ידועים רק בלכידה חיה: התחילו לכידה על מתאם כדי לראות אילו תוכנות משתמשות ברשת.</translation>
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
        <translation>לחיצה כפולה חוזרת לחלון הראשי; גרירה מזיזה.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>נכנס</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>יוצא</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>אין יישומים עדיין (בלכידה חיה בלבד)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>חלון &amp;מצומצם</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>לא לוכד</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>מושהה ב־%1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>לוכד ב־%1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>הקריאה של %1 מושהית</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>קורא את %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>הצגת החלון הראשי</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (בית %2)</numerusform>
            <numerusform>%1 (%2 בתים)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>העתקת הכול</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>העתקת כל השדות, שדה בכל שורה</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>פרוטוקול</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>מקומי</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>מרוחק</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>פתחת שירות</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>בתים נכנסים</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>בתים יוצאים</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>מנות נכנסות</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>מנות יוצאות</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>קצב נכנס</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>קצב יוצא</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>נראה לראשונה</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>נראה לאחרונה</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>דגלי TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>מזהה זרימה</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>נתיב</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>מזהי תהליכים</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>שורת פקודה</translation>
    </message>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>שם מארח</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>מקור השם</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>סוג כתובת</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>העתקת %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>בחרו חיבור כדי לראות את פרטיו.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>כבר לא בטבלה</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>פעילים בלבד</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>מסומנים בכוכב בלבד</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>חיפוש חיבורים</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>פרוטוקול</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>כל פרוטוקול</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>כיוון</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>כל כיוון</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>בעיקר יוצא</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>בעיקר נכנס</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>פתחה</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>כתובת או CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>כתובת (10.1.2.3, 2001:db8::1) או רשת (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>כל יישום</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>מדינה, AS או דומיין</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>קוד מדינה (US), מספר AS ‏(AS15169) או דומיין (google.com תואם את www.google.com); כמה ערכים מופרדים ברווחים חלים כולם</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>רק חיבורים עם תעבורה במרווח האחרון</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>רק חיבורים עם מארח, שירות או יישום מסומנים בכוכב</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>יישום %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>לא כתובת ולא רשת; המסנן הקודם עדיין חל</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>מוסתר (משתמש %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>שקע של המשתמש %1: הפעילו את Flowscope עם יותר הרשאות כדי לראות את התוכנה שלו.</translation>
    </message>
    <message>
        <source>
pid %1</source>
        <translation>
מזהה תהליך %1</translation>
    </message>
    <message>
        <source>
path %1</source>
        <translation>
נתיב %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
משתמש %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
פתחה %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>לקובץ לכידה אין קצב נוכחי; התרשים בדף הסקירה מציג את התעבורה שלו לאורך זמן.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>בתים לשנייה במחזור האחרון</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>בלכידה חיה בלבד: לקובץ לכידה אין קצב נוכחי</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>פרוטוקול</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>מקומי</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>מרוחק</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>בתים נכנסים</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>בתים יוצאים</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>מנות נכנסות</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>מנות יוצאות</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>קצב נכנס</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>קצב יוצא</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>נראה לראשונה</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>נראה לאחרונה</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>התוכנה שהחיבור הזה שייך לה אינה ידועה.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>שם מארח</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (מתוך %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>הדגל של %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>סמל התוכנה %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>להודיע לי כשתוכנה משתמשת ברשת בפעם הראשונה</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>השמעת צליל עם כל התראה</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ביטול השתקה</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>כתובת Webhook</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (רשות)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>כל התראה נשלחת גם לכתובת הזו כ־POST של JSON (‏docs/notifications.md מתאר את התוכן).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>תוכנות חדשות:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>צליל:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>מושתק:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>זו אינה כתובת http://‎ או https://‎; התראות לא יישלחו אליה.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>כל ההתראות עד %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>הכללים האלה: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>שום דבר אינו מושתק.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>השתקת הכלל הזה</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>אין אפיק הפעלה של D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>התראות שולחן עבודה דרך D-Bus אינן זמינות כאן.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 על גבי %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>קובצי לכידה שנפתחו לצפייה אינם נשלחים לאספן, אלא אם „לשלוח גם קובצי לכידה שנפתחו לצפייה” מופעל בהגדרות ← ייצוא.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>גרסה זו של Flowscope אינה יכולה לשלוח זרימות לאספן.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>רשומה %1</numerusform>
            <numerusform>%1 רשומות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>הודעה %1</numerusform>
            <numerusform>%1 הודעות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>נשלחו %1 ב־%2, הושמטו %3.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>לא נשלח דבר.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>הזרימות של לכידה זו אינן נשלחות: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>שולח אל %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>הלכידה האחרונה הסתיימה. נשלח אל %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>לא ניתן להגיע לאספן: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: לא שולח</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: האספן אינו זמין</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: נשלחו %1, הושמטו %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: נשלחו %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>שליחת זרימות לאספן (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>כל חיבור, יחד עם התוכנה שמאחוריו, נשלח כרשומות IPFIX לאספן שאתם מפעילים (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>לשלוח גם קובצי לכידה שנפתחו לצפייה</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>השינויים חלים מהלכידה הבאה; לכידה פעילה ממשיכה לשלוח כפי שהתחילה.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>אספן</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>כתובת או שם מארח, למשל 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (המקובל; אובד כשהאספן אינו פועל)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (מתחבר מחדש; שומר את מה שלא נשלח כשהאספן אינו פועל)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>מארח:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>פתחה:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>תעבורה:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>רשומות</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>זמן קצוב לפעילות:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>זרימה שעדיין נמשכת מדווחת בתדירות זו.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>זמן קצוב לחוסר פעילות:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>זרימה בלי תעבורה במשך זמן זה מדווחת כמסתיימת.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>מזהה תחום תצפית:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>מספר ארגון:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>מספר הארגון הפרטי (PEN) שתחתיו נשלחים הרכיבים של Flowscope עצמו (מזהה תהליך, נתיב תוכנה, שם מארח).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>ברירת המחדל, 32473, היא המספר לתיעוד של RFC 5612: ממלא מקום למספר שלכם.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>גרסה זו של Flowscope אינה יכולה לשלוח זרימות לאספן.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>public</source>
        <translation>ציבורית</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>המחשב הזה</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>לולאה חוזרת</translation>
    </message>
    <message>
        <source>private</source>
        <translation>פרטית</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>מקומית לקישור</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>ריבוי שידורים</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>שידור לכולם</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>שמורה (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>שם שרת TLS ‏(SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>כותרת Host של HTTP</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>תשובת DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>תשובת PTR של DNS</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>חיפוש DNS הפוך</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 מ״ש</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 דק׳ %2 שנ׳</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 ימים %2 שע׳</translation>
    </message>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>מנות/שנ׳</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>אלפי מנות/שנ׳</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>מיליוני מנות/שנ׳</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>מיליארדי מנות/שנ׳</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>המארחים של היישום</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: לפי יום לאורך %2 ימים, והמארחים המובילים שלו בטווח המוצג</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>קבצו לפי יישום ובחרו אחד בטבלה כדי לראות את השימוש היומי שלו ואת המארחים המובילים שלו.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>היסטוריית תעבורה</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>אחר</translation>
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
        <translation>↓ התקבל · ↑ נשלח</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: התקבלו %2, נשלחו %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>הכול: התקבלו %1, נשלחו %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>לחיצה מציגה את החיבורים של פרק זמן זה</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>אין תעבורה בטווח זה.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>בטווח זה: התקבלו %1, נשלחו %2. הכי הרבה תעבורה: %3 (%4). הזמן העמוס ביותר: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>מרוחק</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>פרוטוקול</translation>
    </message>
    <message>
        <source>In</source>
        <translation>נכנס</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>יוצא</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>נראה לראשונה</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>נראה לאחרונה</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>תעבורה ליום</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>התקבל</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>נשלח</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
התקבלו %2, נשלחו %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>אין תעבורה בטווח זה.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>לאורך %1 ימים: התקבלו %2, נשלחו %3. היום העמוס ביותר: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;ייצוא דוח…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>כתיבת הטבלה של דף ההיסטוריה כ־CSV או JSON ‏(Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>סיכומי תעבורה</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>לחיצה על התרשים מציגה את החיבורים של אותו זמן.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>חיבורים בתקופה שנבחרה</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>חיבורים</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>השעה האחרונה</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 הימים האחרונים</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>מותאם אישית</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>קריאת ההיסטוריה מחדש (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>טווח:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>קיבוץ לפי:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>חיבורים שהיו פתוחים במהלך %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>קובצי JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>ייצוא דוח</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>מסד נתוני ההיסטוריה %1 פגום, ולכן לכידה זו אינה נרשמת (התצוגה החיה ממשיכה); העברתו הצידה שומרת אותו כמו שהוא ומתחילה מסד חדש.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>לא ניתן להשתמש במסד נתוני ההיסטוריה %1.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>לכידה זו אינה נרשמת; התצוגה החיה ממשיכה.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>‏Flowscope אינו יודע היכן לשמור את ההיסטוריה (אין תיקיית בית); בחרו קובץ מסד נתונים בתצוגה ← הגדרות ← היסטוריה.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>מסד נתוני ההיסטוריה הפגום נשמר בשם %1; הרישום ממשיך במסד חדש.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>מסד נתוני ההיסטוריה הפגום נשמר בשם %1; הלכידה החיה הבאה תתחיל מסד חדש.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>השהיית הרישום</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>השארת התעבורה של לכידה זו מחוץ להיסטוריה עד שהרישום יחודש</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>אין קובץ מסד נתונים ידוע: בחרו אחד למעלה.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>עדיין לא נרשם דבר: הקובץ נוצר בלכידה החיה הראשונה שנרשמת.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, עדיין לא נרשמה תעבורה.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, תעבורה מ־%2 עד %3, חיבור %4.</numerusform>
            <numerusform>%1, תעבורה מ־%2 עד %3, %4 חיבורים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>רישום לכידות חיות בהיסטוריה</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>קובצי לכידה שנפתחו לצפייה לעולם אינם נרשמים. „השהיית הרישום” במגש ובתפריט לכידה משאירה רגעים פרטיים בחוץ.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>משך השמירה חל מיד גם על לכידה פעילה; הפעלה או כיבוי של הרישום וקובץ מסד נתונים אחר חלים מהלכידה החיה הבאה.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>לתמיד</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> חיבורים</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ללא הגבלה</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>דקות למשך:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>שעות למשך:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>ימים למשך:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>חיבורים, לכל היותר:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>מגבלת גודל:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>דקות ישנות מסוכמות לשעות, ושעות לימים, כך שהסכומים נשארים מדויקים. מעבר למגבלת הגודל השורות הוותיקות ביותר נמחקות ראשונות: חיבורים, ואז דקות, שעות וימים.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>מסד נתונים</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>קובץ מסד נתוני ההיסטוריה</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ברירת מחדל</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>חזרה למיקום ברירת המחדל</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>ההיסטוריה היא קובץ SQLite אחד במחשב זה; דבר אינו יוצא ממנו. ‏flowscope-cli report קורא את אותו קובץ. שדה ריק: מיקום ברירת המחדל, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>לא ידוע כאן (אין תיקיית בית)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>קובץ:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>מכיל כעת:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>בחירת מסד נתוני ההיסטוריה</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>מסדי נתוני היסטוריה (*.sqlite);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>בקריאה…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>משתמש %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 נכנס, %2 יוצא</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>נתיב</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>In</source>
        <translation>נכנס</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>יוצא</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>מנות</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: חיפוש; Ctrl+D: סימון המארח, השירות או היישום בכוכב; Ctrl+Shift+C: בחירת העמודות</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>פרטי החיבור</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>חיפוש חיבורים</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>בחירת עמודות</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>חיבורים</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>ברירת המחדל של המערכת (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>‏Flowscope ידבר בשפה החדשה בהפעלה הבאה.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>במנוחה</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>לוכד</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>מושהה</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>הסתיים</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>נעצר</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> בחרו קובץ אחר בתצוגה ← הגדרות…, או נקו את השדה כדי להשאיר את הקובץ המובנה.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;פתיחת קובץ לכידה…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>ה&amp;שהיה</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>השהיה או המשך של הלכידה (רווח, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;עצירה</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>עצירת הלכידה (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;על Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;לכידה</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ה&amp;תחלה</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;סקירה</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;בדיקה</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;יישומים</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>התר&amp;אות</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;היסטוריה</translation>
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
        <translation>&amp;מערכת</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;בהירה</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;כהה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>הג&amp;דרות…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>לכידה</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>פתיחת קובץ לכידה</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>קובצי לכידה (*.pcap *.pcapng *.cap *.dmp);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;מנטר רשת: עם מי המחשב הזה מדבר, בזמן אמת או מקובץ לכידה.&lt;/p&gt;&lt;p&gt;נבנה עם Qt %2 (פועל על Qt %3).&lt;br&gt;לוכד באמצעות %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;נתוני AS מאת &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; ו־&lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;סמלי דגלים מ־&lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;מסדי הנתונים נקראים באמצעות libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>על Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>ה&amp;משך</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>מנה %1</numerusform>
            <numerusform>%1 מנות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 הושמטו</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>דפים</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>יישומים</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>התראות</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ער&amp;כת נושא</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>התוכנות מזוהות במהלך לכידות חיות.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>תעבורה לאורך זמן</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>%1 השניות האחרונות</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>סימון הכול כנקרא</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>התראות</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>לחיצה כפולה או Enter לבדיקת החיבורים של אזהרה</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>אין התראות עדיין. במהלך לכידה חיה מופיעות כאן אזהרות: תוכנה שמשתמשת ברשת בפעם הראשונה, והכללים שהגדרתם בהגדרות.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 מתוך %2 לא נקראו</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>מעל</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <source>For</source>
        <translation>למשך</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>כללי קצב</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>הוספת כלל קצב</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>קצב תעבורה מעל סף</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>מכסה</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>לכל</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>מכסות נפח נתונים</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>הוספת מכסת נתונים</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>נפח נתונים מעל מכסה</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>כל התעבורה</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>ריק: כל התעבורה; אחרת נתיב או שם של תוכנה</translation>
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
        <translation> שנ׳</translation>
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
        <translation>יום</translation>
    </message>
    <message>
        <source>month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>קובצי רשימות חסימה</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>רשומות</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>בחירת רשימות חסימה</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>רשימות IP ‏(*.netset *.ipset *.txt *.list);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>הוספת קבצים…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>רשימות IP/CIDR בטקסט פשוט (רשומה בכל שורה, הערות עם #, כפי ש־FireHOL מפרסם אותן), IPv4 ו־IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>רשימות חסימה</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>לא נטענה</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>פריטים מסומנים בכוכב</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>להתריע שוב אחרי חוסר פעילות של</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>סמנו בכוכב מארחים, שירותים ויישומים בדפי הסקירה, הבדיקה והיישומים.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>מועדפים</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>מארח %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>שירות %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>יישום %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>בתים נכנסים</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>תעבורת IP שהתקבלה</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>בתים יוצאים</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>תעבורת IP שנשלחה</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>מנות</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>כל מסגרת שנלכדה</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>מנות/שנ׳</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>מנות בשנייה האחרונה</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>זרימות</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>חיבורים שנראו עד כה</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>הושמטו</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>מסגרות שאבדו בליבה, במתאם או בתור של Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>זמן הלכידה המכוסה</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;תעבורה&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>יחידה:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>בתים/שנ׳</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>סיביות/שנ׳</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>מנות/שנ׳</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>היישומים המובילים</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>לחיצה על יישום מציגה את החיבורים שלו</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>המארחים המובילים</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>השירותים המובילים</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>מארח %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>שירות %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>יישום %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>לחיצה על פריט מציגה את החיבורים שלו</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>חיבורים שנראו עד כה (%1 בטבלה כעת)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>התוכנות שמאחורי החיבורים</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>זיהוי תוכנות באמצעות</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>אוטומטי (eBPF היכן שמותר, אחרת תמונות מצב)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>אירועי שקעים של eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>תמונות מצב בלבד</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>חוצץ אירועים</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>ייכנס לתוקף בלכידה החיה הבאה.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>זיהוי תוכנות באמצעות:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>חוצץ אירועים:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>העברה הצידה והתחלת מסד חדש</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>מסד נתוני מדינות:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>מסד נתוני AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>ריק: מסדי הנתונים המובנים DB-IP Lite. קובצי MMDB של GeoLite2, ‏GeoIP2, ‏DB-IP ו־IPinfo עובדים.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>חיפוש שמות מארחים של כתובות (DNS הפוך, בלכידה חיה)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>כללי</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>התראות</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>קובץ מסד נתוני מדינות</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>קובץ מסד נתוני AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>מובנה (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>בחירת מסד נתונים</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>קובצי MaxMind DB ‏(*.mmdb);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>מסד הנתונים המובנה נשאר בשימוש.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>שמירת הלכידה בקובץ pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>התחלת לכידה</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>פתיחת קובץ לכידה…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;צפו ברשת שלכם&lt;/h2&gt;בחרו מתאם ללכידה חיה, או פתחו קובץ לכידה.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>בודק אם ל־Flowscope מותר ללכוד במחשב זה…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;מסנן לכידה:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>ביטוי BPF, למשל tcp port 443 או host 10.0.0.1 (ריק: הכול)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>מתאמי רשת</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>הקובץ שאליו תישמר הלכידה</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>קובצי לכידה</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>קבצים אחרונים:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>קובצי לכידה אחרונים</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>ללא מסנן: כל מנה נלכדת.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>תקין</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>תקנו קודם את מסנן הלכידה</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>שמירת הלכידה בשם</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>קובצי pcap ‏(*.pcap);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>פתיחת קובץ לכידה</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>לכידות (*.pcap *.pcapng *.cap);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>עדיין אפשר לפתוח קובצי לכידה.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>קבצים שאתם פותחים מופיעים כאן</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>הפעלת Flowscope כשאני נכנס למערכת</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>חידוש הלכידה החיה האחרונה כש־Flowscope מופעל</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>מפעיל את Flowscope במגש, בלי החלון שלו, בכניסה למערכת.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>כש־Flowscope מופעל בלי קובץ לכידה או מתאם, הוא לוכד שוב על המתאם, ועם המסנן, של הלכידה החיה האחרונה.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;ניגודיות גבוהה</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>פתיחת &amp;תיקיית ערכות הנושא…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (לא תקין)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>קובץ ערכת הנושא %1 לא שימש: %2 יש לתקן אותו ולבחור בו שוב דרך תצוגה ← ערכת נושא.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>הקובץ גדול מ־64 KB; ערכת נושא היא רשימה של צבעים ספורים (ראו docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>אין בקובץ שורת &quot;name = …&quot;; הוסיפו שורה עם השם להצגה.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>שורה %1: נדרש &quot;מפתח = ערך&quot;.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>שורה %1: &quot;%2&quot; מופיע פעמיים; השאירו אחד.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>שורה %1: השם חייב להיות באורך 1 עד 80 תווים של טקסט UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>שורה %1: based-on חייב להיות &quot;light&quot; או &quot;dark&quot;.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>שורה %1: מפתח לא מוכר &quot;%2&quot;; docs/themes.md מפרט את המפתחות שערכת נושא יכולה להגדיר.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>שורה %1: &quot;%2&quot; אינו צבע; כתבו אותו בצורה #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>קובץ ערכת הנושא %1 קשה לקריאה: ל־%2 על %3 יש ניגודיות של %4:1 בלבד, פחות מ־4.5:1 שטקסט צריך. הרחיקו את הצבעים האלה זה מזה בקובץ.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 נכנס, %3 יוצא</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>בתים</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>חלק</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>נכנס</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>יוצא</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>תעבורה לאורך זמן</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>אין תעבורה</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>קבצים: גרירה מתמקדת בטווח זמן, לחיצה ימנית מתרחקת (מקלדת: +, ‏- ו־0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>אין תעבורה במשך %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>אין תעבורה עדיין.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>אחרון: נכנס %1, יוצא %2. שיא: נכנס %3 ב־%4, יוצא %5 ב־%6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>הצגת החלון</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>עצירה</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>החלפת מתאם</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>פתיחת הסקירה</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>פתיחת היישומים</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>פתיחת ההתראות</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>השתקת התראות</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>לשעה אחת</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>עד מחר</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ביטול השתקה</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>חלון מצומצם</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>לשולחן עבודה זה אין מגש מערכת (‏GNOME צריך את ההרחבה AppIndicator), ולכן סגירת החלון יוצאת מ־Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>לשולחן עבודה זה אין מגש מערכת (‏GNOME צריך את ההרחבה AppIndicator), ולכן החלון מוצג במקום להתחיל ממוזער.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>הסתרת החלון</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>המשך</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>אין מתאמים</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>לא ניתן ללכוד ב־%1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>‏Flowscope ממשיך לנטר</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>הסמל שלו במגש מחזיר את החלון; יציאה נמצאת בתפריט שלו.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>מגש</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>לשאול</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>המשך ניטור מהמגש</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>בסגירת החלון:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>זו אינה כתובת http://‎ או https://‎</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>מצב HTTP ‏%1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>אין תשובה בתוך %1 שנ׳</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>ה־Webhook של ההתראות %1 נכשל (%2); האזהרות עדיין מופיעות בדף ההתראות. בדקו את הכתובת בהגדרות.</translation>
    </message>
</context>
</TS>
