<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 και %2 ακόμη</numerusform>
            <numerusform>%1 και %2 ακόμη</numerusform>
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
        <translation>%1 και %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Όλη η κίνηση</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>Η κίνηση του %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>Ο αγαπημένος κεντρικός υπολογιστής %1 είναι ενεργός</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>Η αγαπημένη υπηρεσία %1 είναι ενεργή</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>Το αγαπημένο πρόγραμμα %1 είναι ενεργό</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 πρόγραμμα χρησιμοποίησε το δίκτυο για πρώτη φορά</numerusform>
            <numerusform>%1 προγράμματα χρησιμοποίησαν το δίκτυο για πρώτη φορά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>Έγινε σύνδεση με %1 διεύθυνση σε λίστα αποκλεισμού</numerusform>
            <numerusform>Έγιναν συνδέσεις με %1 διευθύνσεις σε λίστες αποκλεισμού</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 ρυθμός κίνησης παρέμεινε πάνω από το όριό του</numerusform>
            <numerusform>%1 ρυθμοί κίνησης παρέμειναν πάνω από τα όριά τους</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 αγαπημένο έγινε ενεργό</numerusform>
            <numerusform>%1 αγαπημένα έγιναν ενεργά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>Ξεπεράστηκε %1 όριο δεδομένων</numerusform>
            <numerusform>Ξεπεράστηκαν %1 όρια δεδομένων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 πρόβλημα καταγραφής</numerusform>
            <numerusform>%1 προβλήματα καταγραφής</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Πρώτες συνδέσεις: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Έγιναν συνδέσεις με διευθύνσεις από λίστες αποκλεισμού: %1.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>Η κίνηση παρέμεινε πάνω από το όριό της: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Ξεκίνησε κίνηση: %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>Η κίνηση ξεπέρασε το όριό της: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>Η καταγραφή αντιμετώπισε προβλήματα: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>Το %1 χρησιμοποίησε το δίκτυο για πρώτη φορά</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>Η διεύθυνση %1 βρίσκεται στη λίστα αποκλεισμού %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: πάνω από %2 για %3 δευτ.</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: πάνω από το ημερήσιο όριο των %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: πάνω από το μηνιαίο όριο των %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>Ο προσαρμογέας εξαφανίστηκε</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>Η καταγραφή διακόπηκε λόγω σφάλματος</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>Η καταγραφή απορρίπτει το %1 των πλαισίων</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>Το %1 έκανε την πρώτη του σύνδεση.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>Το %1 έκανε την πρώτη του σύνδεση (χρήστης %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Έγινε σύνδεση με τη διεύθυνση %1, που περιλαμβάνεται στη λίστα %2 ως %3 (γραμμή %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>Το %5 συνδέθηκε με τη διεύθυνση %1, που περιλαμβάνεται στη λίστα %2 ως %3 (γραμμή %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Ξεκίνησε κίνηση: %1 μέσω %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Ξεκίνησε κίνηση: %1 μέσω %2 από το %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 παρέμεινε πάνω από %2 για %3 δευτερόλεπτο.</numerusform>
            <numerusform>%1 παρέμεινε πάνω από %2 για %3 δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 έφτασε τα %2 σήμερα, πάνω από το όριο των %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 έφτασε τα %2 αυτόν τον μήνα, πάνω από το όριο των %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>Χάθηκαν %1 από %2 πλαίσια τα τελευταία %3 δευτ.· ο υπολογιστής ή το Flowscope δεν προλαβαίνει. Περιορίστε την καταγραφή με ένα φίλτρο ή κλείστε άλλα απαιτητικά προγράμματα.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να δημιουργήσει τον φάκελο %1, οπότε δεν θα ξεκινά κατά τη σύνδεση· ελέγξτε ότι έχετε δικαίωμα εγγραφής εκεί και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να γράψει το %1 (%2), οπότε δεν θα ξεκινά κατά τη σύνδεση· ελέγξτε ότι έχετε δικαίωμα εγγραφής στο %3 και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να αφαιρέσει το %1 (%2), οπότε θα εξακολουθεί να ξεκινά κατά τη σύνδεση· ελέγξτε ότι έχετε δικαίωμα εγγραφής στο %3 και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να γράψει την τιμή μητρώου %1, οπότε δεν θα ξεκινά κατά τη σύνδεση· ελέγξτε ότι ο λογαριασμός σας μπορεί να την αλλάξει και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να αφαιρέσει την τιμή μητρώου %1, οπότε θα εξακολουθεί να ξεκινά κατά τη σύνδεση· ελέγξτε ότι ο λογαριασμός σας μπορεί να την αλλάξει και δοκιμάστε ξανά.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Άρνηση πρόσβασης: το Flowscope δεν επιτρέπεται να διαβάσει το %1. Δώστε στον χρήστη σας δικαίωμα ανάγνωσης του αρχείου ή αντιγράψτε το σε έναν από τους φακέλους σας και ανοίξτε το ξανά.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Δεν υπάρχει προσαρμογέας δικτύου με το όνομα «%1». Επιλέξτε έναν από τους προσαρμογείς της σελίδας Έναρξη.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>Ο προσαρμογέας δικτύου %1 απενεργοποιήθηκε ή εξαφανίστηκε κατά την καταγραφή. Συνδέστε τον ξανά και ξεκινήστε πάλι ή επιλέξτε άλλον προσαρμογέα στη σελίδα Έναρξη· όσα καταγράφηκαν παραμένουν στην οθόνη.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Δεν επιλέχθηκε προσαρμογέας δικτύου· επιλέξτε έναν στη σελίδα Έναρξη.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Κλείσιμο του Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Να συνεχιστεί η παρακολούθηση στο πλαίσιο συστήματος;</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>Το Flowscope μπορεί να συνεχίσει την καταγραφή και τις ειδοποιήσεις με το παράθυρο κλειστό· το εικονίδιό του στο πλαίσιο συστήματος επαναφέρει το παράθυρο. Διαφορετικά, τερματίστε την εφαρμογή και σταματήστε την παρακολούθηση.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Διατήρηση στο πλαίσιο συστήματος</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Να μην ερωτηθώ ξανά (αλλάζει στις Ρυθμίσεις)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να εμφανίσει τη λίστα των προσαρμογέων δικτύου (libpcap: %1)· ελέγξτε ότι η στοίβα δικτύου του συστήματος λειτουργεί και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>Το libpcap δεν μπόρεσε να προετοιμάσει μεταγλωττιστή φίλτρων (ίσως λόγω έλλειψης μνήμης)· δοκιμάστε ξανά ή επανεκκινήστε το Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>Το φίλτρο καταγραφής «%1» δεν είναι έγκυρο: %2· διορθώστε το (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>δείτε `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ο δίσκος είναι γεμάτος</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>εξαντλήθηκε το όριο χώρου (quota) στον δίσκο</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>το αρχείο έφτασε το μέγιστο επιτρεπόμενο μέγεθος</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ο δίσκος ανέφερε σφάλμα</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Το Flowscope δεν επιτρέπεται να γράψει στο %1 (%2)· επιλέξτε έναν φάκελο στον οποίο έχετε δικαίωμα εγγραφής.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>Το %1 είναι φάκελος· δώστε το όνομα του αρχείου pcap που θα γραφτεί, π.χ. %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>Ο φάκελος του %1 δεν υπάρχει· δημιουργήστε τον ή επιλέξτε άλλη τοποθεσία.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Το Flowscope δεν μπορεί να δημιουργήσει το %1 (%2)· επιλέξτε άλλη τοποθεσία.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Η εγγραφή στο %1 σταμάτησε μετά από %2 πλαίσια επειδή %3 (%4)· το αρχείο περιέχει αυτά τα πλαίσια και παραμένει αναγνώσιμο, και η καταγραφή συνεχίζεται χωρίς αποθήκευση: ελευθερώστε χώρο ή επιλέξτε άλλη τοποθεσία.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>Η εγγραφή στο %1 σταμάτησε μετά από %2 πλαίσια επειδή %3 (%4)· το τελευταίο του πλαίσιο μπορεί να είναι ελλιπές, και η καταγραφή συνεχίζεται χωρίς αποθήκευση: ελευθερώστε χώρο ή επιλέξτε άλλη τοποθεσία.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>Το Flowscope δεν μπορεί να γράψει στο %1 επειδή %2 (%3)· ελευθερώστε χώρο ή επιλέξτε άλλη τοποθεσία.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>Η εγγραφή στο %1 απέτυχε κατά το κλείσιμο του αρχείου (%2)· ίσως ο δίσκος να μην το χωράει ολόκληρο· ελέγξτε τον δίσκο ή επιλέξτε άλλη τοποθεσία.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>Το %1 τελειώνει πριν ολοκληρωθεί %2 (θέση byte %3): το αρχείο έχει περικοπεί, και διαβάστηκε το %4 πλήρες πακέτο πριν από αυτό.</numerusform>
            <numerusform>Το %1 τελειώνει πριν ολοκληρωθεί %2 (θέση byte %3): το αρχείο έχει περικοπεί, και διαβάστηκαν τα %4 πλήρη πακέτα πριν από αυτό.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>Η ανάγνωση του %1 απέτυχε στη θέση byte %2 (%3)· ελέγξτε τον δίσκο ή αντιγράψτε το αρχείο σε τοπικό δίσκο.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>Το %1 είναι κενό (0 byte), άρα δεν περιέχει πακέτα· επιλέξτε ένα αρχείο καταγραφής που αποθηκεύτηκε με το Wireshark, το tcpdump ή το Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>Το %1 έχει μέγεθος μόνο %2 byte, πολύ μικρό για να είναι αρχείο καταγραφής pcap ή pcapng.</numerusform>
            <numerusform>Το %1 έχει μέγεθος μόνο %2 byte, πολύ μικρό για να είναι αρχείο καταγραφής pcap ή pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>Το %1 δεν είναι αρχείο καταγραφής pcap ή pcapng (άγνωστος μαγικός αριθμός %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>Το %1 δεν υπάρχει· ελέγξτε το όνομα του αρχείου και τον φάκελο.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Το Flowscope δεν επιτρέπεται να διαβάσει το %1· δώστε στον χρήστη σας δικαίωμα ανάγνωσης του αρχείου ή αντιγράψτε το αλλού.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>Το %1 δεν μπορεί να ανοιχτεί (%2)· ελέγξτε ότι το αρχείο είναι προσβάσιμο.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο καταγραφής· επιλέξτε ένα αρχείο .pcap ή .pcapng μέσα σε αυτόν.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>οπότε δεν ήταν δυνατό να διαβαστεί κανένα πακέτο από αυτό (το pcapfix ίσως μπορεί να επισκευάσει το αρχείο).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>οπότε η ανάγνωση σταμάτησε μετά το %1 πακέτο πριν από αυτό (το pcapfix ίσως μπορεί να επισκευάσει το αρχείο).</numerusform>
            <numerusform>οπότε η ανάγνωση σταμάτησε μετά τα %1 πακέτα πριν από αυτό (το pcapfix ίσως μπορεί να επισκευάσει το αρχείο).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Δεν επιλέχθηκε προσαρμογέας δικτύου· επιλέξτε έναν από τη λίστα του `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Εκτελέστε το Flowscope με δικαιώματα διαχειριστή ή παραχωρήστε του μία φορά τη σχετική δυνατότητα (capability): %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>Το %1 είναι ελλιπές: έχει μόνο %2 byte, λιγότερα από την κεφαλίδα αρχείου pcap των 24 byte, οπότε μάλλον δεν γράφτηκε ή δεν αντιγράφηκε πλήρως.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>Το %1 χρησιμοποιεί την έκδοση μορφής pcap %2.%3, την οποία το Flowscope δεν μπορεί να διαβάσει· μετατρέψτε το σε pcapng με την «Αποθήκευση ως» του Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>το πακέτο %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>Το %1 είναι κατεστραμμένο: η κεφαλίδα της εγγραφής %2 στη θέση byte %3 δηλώνει %4 καταγεγραμμένα byte, περισσότερα από το όριο των %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Δεν υπάρχει προσαρμογέας δικτύου με το όνομα «%1»· εκτελέστε `flowscope-cli interfaces` για να δείτε τους προσαρμογείς στους οποίους μπορείτε να κάνετε καταγραφή.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Το Flowscope δεν έχει δικαίωμα καταγραφής στον %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>Ο προσαρμογέας δικτύου %1 είναι απενεργοποιημένος· ενεργοποιήστε τον (ή συνδέστε τον) και ξεκινήστε ξανά την καταγραφή.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>Ο προσαρμογέας δικτύου %1 δεν υποστηρίζει λειτουργία παρακολούθησης (monitor mode)· επιλέξτε άλλον προσαρμογέα.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να ξεκινήσει την καταγραφή στον %1 (%2: %3)· ελέγξτε τον προσαρμογέα και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Το φίλτρο καταγραφής «%1» δεν ήταν δυνατό να εγκατασταθεί στον %2 (%3: %4)· δοκιμάστε ένα απλούστερο φίλτρο.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Το Flowscope δεν μπόρεσε να προετοιμάσει καταγραφή στον %1 (%2: %3)· δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>Ο προσαρμογέας δικτύου %1 απενεργοποιήθηκε ή εξαφανίστηκε κατά την καταγραφή (%2: %3)· συνδέστε τον ξανά ή επιλέξτε άλλον προσαρμογέα με `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>Η καταγραφή στον %1 απέτυχε (%2: %3)· ξεκινήστε ξανά την καταγραφή.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>το μπλοκ %1 στη θέση byte %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>Το %1 είναι ελλιπές: τελειώνει μέσα στην κεφαλίδα ενότητας pcapng, οπότε μάλλον δεν γράφτηκε ή δεν αντιγράφηκε πλήρως.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>Το %1 είναι κατεστραμμένο: η κεφαλίδα ενότητας (%2) έχει μήκος μόνο %3 byte (χρειάζονται τουλάχιστον 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>Το %1 χρησιμοποιεί την έκδοση pcapng %2.%3, την οποία το Flowscope δεν μπορεί να διαβάσει· αποθηκεύστε το ξανά με το Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>Το %1 είναι κατεστραμμένο: μια επιλογή της κεφαλίδας ενότητας (%2) δηλώνει %3 byte, περισσότερα από όσα χωράει το μπλοκ της, οπότε δεν μπορεί να διαβαστεί κανένα πακέτο από αυτό (το pcapfix ίσως μπορεί να επισκευάσει το αρχείο).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>Το %1 είναι κατεστραμμένο: η περιγραφή διεπαφής (%2) είναι πολύ σύντομη.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>Το %1 είναι κατεστραμμένο: μια επιλογή της περιγραφής διεπαφής (%2) δηλώνει %3 byte, περισσότερα από όσα χωράει το μπλοκ της, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>το μπλοκ %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>Το %1 είναι κατεστραμμένο: η κεφαλίδα ενότητας (%2) έχει μη έγκυρο μαγικό αριθμό σειράς byte.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>έχει μήκος %1 byte, λιγότερο από το ελάχιστο των 12 byte</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>έχει μήκος %1 byte, που δεν είναι πολλαπλάσιο του 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>δηλώνει μήκος %1 byte, μεγαλύτερο από οποιοδήποτε πραγματικό μπλοκ</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>έχει τελικό πεδίο μήκους διαφορετικό από το αρχικό (%1 αντί για %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>είναι μπλοκ πακέτου πολύ μικρό για τα πεδία του</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>δηλώνει %1 καταγεγραμμένα byte, περισσότερα από όσα χωράει το μπλοκ του</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>αναφέρεται στη διεπαφή %1, αλλά η ενότητά του περιγράφει πριν από αυτό μόνο %2 διεπαφή</numerusform>
            <numerusform>αναφέρεται στη διεπαφή %1, αλλά η ενότητά του περιγράφει πριν από αυτό μόνο %2 διεπαφές</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>είναι απλό μπλοκ πακέτου πολύ μικρό για τα πεδία του</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>είναι πακέτο, αλλά η ενότητά του δεν περιγράφει καμία διεπαφή πριν από αυτό</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>Το %1 είναι κατεστραμμένο: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Το Npcap εγκαταστάθηκε μόνο για διαχειριστές: εκτελέστε το Flowscope ως διαχειριστής ή εγκαταστήστε ξανά το Npcap χωρίς την επιλογή «Restrict Npcap driver&apos;s access to Administrators only».</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>δείτε τη σύνταξη pcap-filter στο %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Δεν υπάρχει ακόμη βάση δεδομένων ιστορικού στο «%1»· δημιουργείται από τις ζωντανές καταγραφές (τις αποθηκεύει η εφαρμογή επιφάνειας εργασίας, ή εκτελέστε flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» δεν μπορεί να διαβαστεί (δεν υπάρχει δικαίωμα πρόσβασης σε αυτήν ή στον φάκελό της όσο γίνεται αποθήκευση σε αυτήν)· διαβάστε τη ως κάτοχός της ή αντιγράψτε τη.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>Το «%1» είναι βάση δεδομένων άλλου προγράμματος, όχι ιστορικό του Flowscope· επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» γράφτηκε από νεότερη έκδοση του Flowscope (σχήμα %2, αυτή η έκδοση γνωρίζει έως το %3)· ενημερώστε το Flowscope ή επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» είναι κατεστραμμένη (έκδοση σχήματος %2, την οποία δεν γράφει καμία έκδοση του Flowscope)· μετακινήστε τη αλλού και ξεκινήστε μια νέα.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>Το «%1» δεν περιέχει ακόμη ιστορικό· οι ζωντανές καταγραφές αποθηκεύονται σε αυτό.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Ο φάκελος για τη βάση δεδομένων ιστορικού «%1» δεν μπορεί να δημιουργηθεί (%2)· επιλέξτε άλλο αρχείο ή επιτρέψτε την εγγραφή εκεί.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Η κατεστραμμένη βάση δεδομένων ιστορικού «%1» δεν μπόρεσε να μετακινηθεί αλλού (%2)· μετακινήστε τη ή διαγράψτε τη εσείς.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» είναι κλειδωμένη από άλλο πρόγραμμα· κλείστε εκείνο το πρόγραμμα (ή επιλέξτε άλλο αρχείο) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στη βάση δεδομένων ιστορικού «%1» (μόνο για ανάγνωση ή χωρίς δικαίωμα)· επιτρέψτε την εγγραφή σε αυτήν και στον φάκελό της ή επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» είναι κατεστραμμένη· μετακινήστε τη αλλού και ξεκινήστε μια νέα (όσα αποθηκεύτηκαν σε αυτήν δεν μπορούν να διαβαστούν).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>Ο δίσκος της βάσης δεδομένων ιστορικού «%1» είναι γεμάτος· ελευθερώστε χώρο ή μειώστε το όριο μεγέθους του ιστορικού και ξεκινήστε ξανά την αποθήκευση.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» δεν μπορεί να ανοιχτεί· ελέγξτε ότι ο φάκελός της υπάρχει και επιτρέπει την εγγραφή ή επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» δεν μπορεί να ανοιχτεί (%2)· ελέγξτε ότι ο φάκελός της υπάρχει και επιτρέπει την εγγραφή ή επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Η ανάγνωση ή η εγγραφή της βάσης δεδομένων ιστορικού «%1» απέτυχε (σφάλμα εισόδου/εξόδου)· ελέγξτε τον δίσκο στον οποίο βρίσκεται.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Η ανάγνωση ή η εγγραφή της βάσης δεδομένων ιστορικού «%1» απέτυχε (σφάλμα εισόδου/εξόδου: %2)· ελέγξτε τον δίσκο στον οποίο βρίσκεται.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» παρουσίασε απρόσμενο σφάλμα.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>Η βάση δεδομένων ιστορικού «%1» παρουσίασε απρόσμενο σφάλμα (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>Το φίλτρο καταγραφής δεν μπορεί να εφαρμοστεί στον τύπο ζεύξης %1· τα πλαίσια αυτού του τύπου παραλείφθηκαν.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>%1 πλαίσια δεν ήταν δυνατό να γραφτούν στο %2 επειδή ο δίσκος ήταν πολύ αργός.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Το Flowscope δεν αποκωδικοποιεί τον τύπο ζεύξης %1: τα πακέτα του μετρώνται ως μη IP και δεν σχηματίζουν συνδέσεις· ανοίξτε την καταγραφή στο Wireshark για να δείτε το περιεχόμενό τους.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>Η αντίστροφη αναζήτηση DNS είναι απενεργοποιημένη: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Δεν είναι δυνατή η αναγνώριση των διεργασιών: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>Ο πυρήνας απέρριψε συμβάντα υποδοχών επειδή η προσωρινή μνήμη συμβάντων ήταν γεμάτη, οπότε ορισμένες σύντομες συνδέσεις ίσως να μην έχουν πρόγραμμα· αυξήστε το μέγεθος της προσωρινής μνήμης συμβάντων (Ρυθμίσεις ή --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>απέτυχε με άγνωστο σφάλμα.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>Το τμήμα «%1» σταμάτησε: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Δεν ήταν δυνατή η επίλυση του ονόματος του συλλέκτη «%1» (%2)· δώστε μια διεύθυνση ή ένα γνωστό όνομα κεντρικού υπολογιστή.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Δεν ήταν δυνατό να ανοιχτεί υποδοχή UDP προς τον συλλέκτη %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>αριθμούς AS αλλά όχι χώρες</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>χώρες αλλά όχι αριθμούς AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>ούτε χώρες ούτε αριθμούς AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>μια βάση δεδομένων χωρών (GeoLite2 ή GeoIP2 Country ή City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>μια βάση δεδομένων AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Το αρχείο «%1» (%2) περιέχει %3· επιλέξτε %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>χωρίς τύπο</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>Το αρχείο βάσης δεδομένων «%1» δεν υπάρχει· ελέγξτε τη διαδρομή.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>Το «%1» είναι φάκελος, όχι αρχείο βάσης δεδομένων· επιλέξτε ένα αρχείο .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Το αρχείο βάσης δεδομένων «%1» δεν μπορεί να διαβαστεί (δεν επιτρέπεται η πρόσβαση)· ελέγξτε τα δικαιώματά του.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Το αρχείο βάσης δεδομένων «%1» δεν μπορεί να ανοιχτεί (%2)· ελέγξτε τον δίσκο και τη διαδρομή.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>Το αρχείο βάσης δεδομένων «%1» είναι κατεστραμμένο: %2· κατεβάστε το ξανά.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του αρχείου βάσης δεδομένων «%1»· ελέγξτε τον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>Το «%1» δεν είναι αρχείο MaxMind DB (.mmdb) ή τα μεταδεδομένα του είναι κατεστραμμένα· επιλέξτε ένα αρχείο .mmdb των GeoLite2, GeoIP2, DB-IP ή IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Το αρχείο βάσης δεδομένων «%1» δεν μπορεί να φορτωθεί (τα μεγέθη που δηλώνει δεν χωρούν στη μνήμη, άρα μάλλον είναι κατεστραμμένο)· κατεβάστε το ξανά.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>Η αναζήτηση του %1 στο «%2» απέτυχε επειδή %3· κατεβάστε το αρχείο ξανά.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Η εγγραφή για το %1 στο «%2» δεν μπορεί να διαβαστεί επειδή %3· κατεβάστε το αρχείο ξανά.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Το αρχείο βάσης δεδομένων «%1» δεν μπορεί να διαβαστεί (%2)· ελέγξτε τον δίσκο και τη διαδρομή.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>Το «%1» είναι κενό· επιλέξτε ένα αρχείο .mmdb των GeoLite2, GeoIP2, DB-IP ή IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>Το «%1» δεν είναι κανονικό αρχείο· επιλέξτε ένα αρχείο .mmdb των GeoLite2, GeoIP2, DB-IP ή IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Δεν υπάρχει αρκετή μνήμη για ιδιωτικό αντίγραφο του αρχείου βάσης δεδομένων «%1» (%2)· κλείστε άλλα προγράμματα και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>Το αρχείο βάσης δεδομένων «%1» άλλαζε συνεχώς όσο διαβαζόταν· δοκιμάστε ξανά μόλις γραφτεί πλήρως.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>Το αρχείο λίστας αποκλεισμού %1 δεν υπάρχει· ελέγξτε τη διαδρομή.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο λίστας αποκλεισμού· επιλέξτε ένα αρχείο λίστας μέσα σε αυτόν.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>Το %1 δεν είναι κανονικό αρχείο (είναι διοχέτευση, υποδοχή ή συσκευή)· επιλέξτε ένα αρχείο λίστας.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Το αρχείο λίστας αποκλεισμού %1 δεν μπορεί να διαβαστεί (%2)· ελέγξτε τα δικαιώματά του.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>Το %1 περιέχει δυαδικά δεδομένα (ένα μηδενικό byte στη θέση byte %2), άρα δεν είναι λίστα αποκλεισμού σε μορφή κειμένου· επιλέξτε μια λίστα IP/CIDR σε απλό κείμενο.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>Η ανάγνωση του αρχείου λίστας αποκλεισμού %1 απέτυχε μετά από %2 byte· ελέγξτε τον δίσκο.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>Το %1 δεν περιέχει διευθύνσεις (είναι κενό ή έχει μόνο σχόλια)· επιλέξτε μια λίστα με τουλάχιστον μία διεύθυνση IP ή ένα πρόθεμα.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>Η %1 γραμμή του %2 που δεν είναι σχόλιο δεν είναι διεύθυνση IP ούτε πρόθεμα, άρα το αρχείο δεν είναι λίστα αποκλεισμού· επιλέξτε μια λίστα IP/CIDR σε απλό κείμενο.</numerusform>
            <numerusform>Καμία από τις %1 γραμμές του %2 που δεν είναι σχόλια δεν είναι διεύθυνση IP ή πρόθεμα, άρα το αρχείο δεν είναι λίστα αποκλεισμού· επιλέξτε μια λίστα IP/CIDR σε απλό κείμενο.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>το %1 περιέχει περισσότερες από μία λέξεις</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>το %1 δεν είναι διεύθυνση ή πρόθεμα IPv4 ή IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>το μήκος προθέματος στο %1 πρέπει να είναι αριθμός από 0 έως %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>Η γραμμή %1 έχει περισσότερους από %2 χαρακτήρες, οπότε παραλείπεται (η υπόλοιπη λίστα φορτώνεται κανονικά).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Γραμμή %1: %2, οπότε η γραμμή παραλείπεται (η υπόλοιπη λίστα φορτώνεται κανονικά).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Γραμμή %1: το %2 έχει ενεργά bit πέρα από το μήκος προθέματός του· φορτώνεται ως %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>Το αρχείο γνωστών προγραμμάτων %1 δεν είναι κανονικό αρχείο. Τα νέα προγράμματα απομνημονεύονται μόνο μέχρι να κλείσει το Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Το αρχείο γνωστών προγραμμάτων %1 δεν μπορεί να διαβαστεί (%2). Τα νέα προγράμματα απομνημονεύονται μόνο μέχρι να κλείσει το Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>Το αρχείο γνωστών προγραμμάτων %1 είναι κατεστραμμένο (δεν είναι λίστα προγραμμάτων)· μετακινήστε το αλλού για να ξεκινήσει ένα νέο. Τα νέα προγράμματα απομνημονεύονται μόνο μέχρι να κλείσει το Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Δεν ήταν δυνατό να διαβαστεί έως το τέλος το αρχείο γνωστών προγραμμάτων %1. Τα νέα προγράμματα απομνημονεύονται μόνο μέχρι να κλείσει το Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Δεν είναι δυνατή η εγγραφή του αρχείου γνωστών προγραμμάτων %1 (απέτυχε η εγγραφή του προσωρινού αρχείου %2)· τα νέα προγράμματα απομνημονεύονται μόνο μέχρι να κλείσει το Flowscope.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Δεν είναι δυνατή η αντικατάσταση του αρχείου γνωστών προγραμμάτων %1 (%2)· τα νέα προγράμματα απομνημονεύονται μόνο μέχρι να κλείσει το Flowscope.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Η λειτουργία δεν επιτρέπεται</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Δεν υπάρχει τέτοιο αρχείο ή κατάλογος</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Σφάλμα εισόδου/εξόδου</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Δεν υπάρχει τέτοια συσκευή ή διεύθυνση</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Ο πόρος δεν είναι προσωρινά διαθέσιμος</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Δεν είναι δυνατή η δέσμευση μνήμης</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Άρνηση πρόσβασης</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Η συσκευή ή ο πόρος είναι απασχολημένος</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Το αρχείο υπάρχει ήδη</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Δεν υπάρχει τέτοια συσκευή</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Δεν είναι κατάλογος</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Είναι κατάλογος</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Μη έγκυρο όρισμα</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Υπερβολικά πολλά ανοιχτά αρχεία στο σύστημα</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Υπερβολικά πολλά ανοιχτά αρχεία</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Το αρχείο είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Δεν έμεινε χώρος στη συσκευή</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Σύστημα αρχείων μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Σπασμένη διοχέτευση</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Το όνομα αρχείου είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Υπερβολικά πολλά επίπεδα συμβολικών συνδέσμων</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Το μήνυμα είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Η οικογένεια διευθύνσεων δεν υποστηρίζεται από το πρωτόκολλο</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Η διεύθυνση χρησιμοποιείται ήδη</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Δεν είναι δυνατή η εκχώρηση της ζητούμενης διεύθυνσης</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Το δίκτυο δεν λειτουργεί</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Το δίκτυο δεν είναι προσβάσιμο</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Το λογισμικό προκάλεσε διακοπή της σύνδεσης</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Η σύνδεση επαναφέρθηκε από την άλλη πλευρά</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Δεν υπάρχει διαθέσιμος χώρος ενδιάμεσης μνήμης</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Το άκρο μεταφοράς δεν είναι συνδεδεμένο</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Λήξη χρονικού ορίου σύνδεσης</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Η σύνδεση απορρίφθηκε</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Δεν υπάρχει διαδρομή προς τον κεντρικό υπολογιστή</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Υπέρβαση του ορίου χώρου (quota) στον δίσκο</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1· το Flowscope χρησιμοποιεί αντ&apos; αυτού την ενσωματωμένη βάση δεδομένων χωρών.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1· το Flowscope χρησιμοποιεί αντ&apos; αυτού την ενσωματωμένη βάση δεδομένων AS.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1· ούτε η ενσωματωμένη βάση δεδομένων χωρών μπορεί να χρησιμοποιηθεί (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1· ούτε η ενσωματωμένη βάση δεδομένων AS μπορεί να χρησιμοποιηθεί (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Η βάση δεδομένων χωρών «%1» άλλαξε στον δίσκο· το Flowscope την έλεγξε και τη χρησιμοποιεί ξανά.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>Η βάση δεδομένων AS «%1» άλλαξε στον δίσκο· το Flowscope την έλεγξε και τη χρησιμοποιεί ξανά.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>Η βάση δεδομένων χωρών άλλαξε ενώ ήταν σε χρήση: %1· το Flowscope χρησιμοποιεί την ενσωματωμένη βάση δεδομένων χωρών μέχρι το αρχείο να μπορεί ξανά να χρησιμοποιηθεί.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>Η βάση δεδομένων AS άλλαξε ενώ ήταν σε χρήση: %1· το Flowscope χρησιμοποιεί την ενσωματωμένη βάση δεδομένων AS μέχρι το αρχείο να μπορεί ξανά να χρησιμοποιηθεί.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Δεν ήταν δυνατή η αποστολή μηνυμάτων IPFIX προς %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Δεν ήταν δυνατή η αποστολή ενός μηνύματος IPFIX στον συλλέκτη (%1)· ακούει στο %2;</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>στάλθηκε εν μέρει</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>ο συλλέκτης δεν παραλαμβάνει τα μηνύματα αρκετά γρήγορα (η ουρά αναμονής των %1 KiB γέμισε)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1· %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>δοκιμάστηκαν %1 διευθύνσεις: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>η σύνδεση με τον συλλέκτη απέτυχε (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>ο συλλέκτης έκλεισε τη σύνδεση</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>ο συλλέκτης δεν παρέλαβε εγκαίρως τα τελευταία μηνύματα</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>πριν ανοίξει τον προσαρμογέα %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>Το βοηθητικό πρόγραμμα καταγραφής %1 δεν άνοιξε τον προσαρμογέα %2 μέσα σε 30 δευτερόλεπτα· ξεκινήστε ξανά την καταγραφή.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>κατά την καταγραφή στον %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>κατάσταση εξόδου %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>τερματίστηκε από το σήμα %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>τερματίστηκε από το σήμα %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>κατάσταση %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Το Flowscope δεν μπόρεσε να ξεκινήσει το βοηθητικό πρόγραμμα καταγραφής του (pipe: %1)· δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Το Flowscope δεν μπόρεσε να ξεκινήσει το βοηθητικό πρόγραμμα καταγραφής %1 (%2)· εγκαταστήστε ξανά το Flowscope ή ορίστε FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>η κατάστασή του είναι άγνωστη</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>Το βοηθητικό πρόγραμμα καταγραφής %1 σταμάτησε απροσδόκητα %2 (%3)· ξεκινήστε ξανά την καταγραφή και, αν συνεχίσει να σταματά, ελέγξτε το αρχείο συμβάντων του συστήματος.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>Το βοηθητικό πρόγραμμα καταγραφής %1 έστειλε δεδομένα που το Flowscope δεν μπορεί να διαβάσει (%2)· βεβαιωθείτε ότι ανήκει σε αυτή την έκδοση του Flowscope και ξεκινήστε ξανά την καταγραφή.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Το βοηθητικό πρόγραμμα καταγραφής δεν μπόρεσε να παραιτηθεί από τις δυνατότητές του (%1)· η καταγραφή λειτουργεί, αλλά το πρόγραμμα συνεχίζει να εκτελείται με αυξημένα δικαιώματα.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>Η ανάγνωση του πίνακα υποδοχών μέσω netlink απέτυχε (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1 (%2)· ο πίνακας υποδοχών δεν είναι διαθέσιμος.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Τα φορτώνει το βοηθητικό πρόγραμμα καταγραφής.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Τα συμβάντα υποδοχών eBPF είναι απενεργοποιημένα: %1· αντί γι&apos; αυτά, οι κάτοχοι των υποδοχών εντοπίζονται από στιγμιότυπα του πίνακα υποδοχών.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>αυτή η έκδοση του Flowscope δεν υποστηρίζει eBPF (έλειπαν τα libbpf, clang ή bpftool κατά τη μεταγλώττισή της)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>η φόρτωσή τους απαιτεί root ή τις δυνατότητες CAP_BPF και CAP_PERFMON (και πυρήνα που δεν είναι σε κατάσταση κλειδώματος)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>ο πυρήνας απέρριψε τον μηχανισμό παρακολούθησης (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>η σύνδεση σε σημεία ανίχνευσης απαιτεί root ή CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>ο πυρήνας δεν διαθέτει ένα σημείο ανίχνευσης που χρειάζονται (τα sock_send_length και sock_recv_length ήρθαν με το Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>δεν ήταν δυνατό να ανοίξει ο μηχανισμός παρακολούθησης (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>ο πυρήνας δεν έχει πληροφορίες τύπων BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Οι κάτοχοι των υποδοχών εντοπίζονται από συμβάντα υποδοχών eBPF (σημεία ανίχνευσης του πυρήνα), με εναλλακτική λύση τα στιγμιότυπα του πίνακα υποδοχών.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Οι κάτοχοι των υποδοχών εντοπίζονται από στιγμιότυπα του πίνακα υποδοχών, όπως επιλέξατε.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Οι κάτοχοι των υποδοχών εντοπίζονται από στιγμιότυπα του πίνακα υποδοχών: τα συμβάντα υποδοχών eBPF υπάρχουν μόνο στο Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Δώστε τη διεύθυνση ή το όνομα κεντρικού υπολογιστή του συλλέκτη, π.χ. 192.0.2.10 ή collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>Το «%1» δεν είναι ούτε διεύθυνση IP ούτε όνομα κεντρικού υπολογιστή· δώστε κάτι σαν 192.0.2.10 ή collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>Η θύρα «%1» είναι εκτός ορίων: δώστε έναν αριθμό από 1 έως 65535 (οι συλλέκτες IPFIX συνήθως ακούν στη θύρα 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>Το όνομα κεντρικού υπολογιστή «%1» δεν αντιστοιχεί σε καμία διεύθυνση· ελέγξτε την ορθογραφία του ή δώστε τη διεύθυνση IP του συλλέκτη.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Δεν είναι δυνατή η εγγραφή της αναφοράς στο %1: %2. Επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Εφαρμογές</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Κεντρικοί υπολογιστές</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Υπηρεσίες</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Χώρες</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Δίκτυα (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Άγνωστη εφαρμογή</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Άγνωστος κεντρικός υπολογιστής</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Άγνωστη υπηρεσία</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Άγνωστη χώρα</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Άγνωστο δίκτυο</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Δεν υπάρχει ακόμη ιστορικό: οι ζωντανές καταγραφές αποθηκεύονται στο %1 (Ρυθμίσεις → Ιστορικό) και η κίνησή τους εμφανίζεται εδώ.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>Η βάση δεδομένων ιστορικού %1 είναι κατεστραμμένη ή δεν είναι βάση δεδομένων ιστορικού: μετακινήστε τη αλλού ή διαγράψτε τη, και η επόμενη ζωντανή καταγραφή θα ξεκινήσει μια νέα.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>κεντρικός υπολογιστής %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>υπηρεσία %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>εφαρμογή %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>αυτή η έκδοση του Flowscope δεν υποστηρίζει eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>τα συμβάντα υποδοχών eBPF υπάρχουν μόνο στο Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>ο πυρήνας δεν έχει πληροφορίες τύπων BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>το βοηθητικό πρόγραμμα καταγραφής χρειάζεται τις δυνατότητες CAP_BPF και CAP_PERFMON για το eBPF.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>το eBPF απαιτεί root ή τις δυνατότητες CAP_BPF και CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>ο πυρήνας δεν διαθέτει τα απαιτούμενα σημεία ανίχνευσης (Linux 6.3 ή νεότερο).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Τα προγράμματα εντοπίζονται από συμβάντα υποδοχών eBPF, που φορτώνει το βοηθητικό πρόγραμμα καταγραφής, με εναλλακτική λύση τα στιγμιότυπα.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Τα προγράμματα εντοπίζονται από συμβάντα υποδοχών eBPF, με εναλλακτική λύση τα στιγμιότυπα.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Τα προγράμματα εντοπίζονται από στιγμιότυπα του πίνακα υποδοχών, όπως επιλέξατε.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Τα προγράμματα εντοπίζονται από στιγμιότυπα του πίνακα υποδοχών: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>Χάθηκε %n συμβάν υποδοχής επειδή η προσωρινή μνήμη συμβάντων ήταν γεμάτη· μια μεγαλύτερη προσωρινή μνήμη τα διατηρεί.</numerusform>
            <numerusform>Χάθηκαν %n συμβάντα υποδοχών επειδή η προσωρινή μνήμη συμβάντων ήταν γεμάτη· μια μεγαλύτερη προσωρινή μνήμη τα διατηρεί.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 δευτ.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λεπ.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ώρ. %2 λεπ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln ημέρα</numerusform>
            <numerusform>%Ln ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 έτος</numerusform>
            <numerusform>%1 έτη</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>Η τελευταία ζωντανή καταγραφή (στο %1) δεν συνεχίστηκε. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Ο κανόνας ρυθμού κίνησης «%1» στις ρυθμίσεις δεν μπορεί να διαβαστεί· αγνοείται. Προσθέστε τον ξανά στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>Ο κανόνας ορίου δεδομένων «%1» στις ρυθμίσεις δεν μπορεί να διαβαστεί· αγνοείται. Προσθέστε τον ξανά στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>Ο αγαπημένος κεντρικός υπολογιστής «%1» δεν είναι διεύθυνση IP· αγνοείται.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>Η αγαπημένη υπηρεσία «%1» δεν έχει τη μορφή tcp/443· αγνοείται.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … και %2 ακόμη γραμμές με προβλήματα.</translation>
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
        <translation>Αφαίρεση αστεριού: %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Επισήμανση με αστέρι: %1</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Προσθήκη ή αφαίρεση αστεριού</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Μόνο με αστέρι</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Εμφάνιση μόνο των στοιχείων με αστέρι (δεξί κλικ σε ένα στοιχείο ή Ctrl+D για να το επισημάνετε με αστέρι)</translation>
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
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Λήψη %1 · Αποστολή %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Κορυφαίο: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Καταγραφή σε εξέλιξη</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 μη αναγνωσμένη ειδοποίηση</numerusform>
            <numerusform>%1 μη αναγνωσμένες ειδοποιήσεις</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Απαλοιφή</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Απαλοιφή: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>ενεργός</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ανενεργός</translation>
    </message>
    <message>
        <source>running</source>
        <translation>σε λειτουργία</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>βρόχος επιστροφής</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>ασύρματος</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Κίνηση στο %1 το τελευταίο λεπτό</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>Το %1 δεν παρέχει μετρητές κίνησης</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Προσαρμογέας</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Διευθύνσεις</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Νέο πρόγραμμα</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Διεύθυνση σε λίστα αποκλεισμού</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Ρυθμός κίνησης</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Αγαπημένο ενεργό</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Όριο δεδομένων</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Πρόβλημα καταγραφής</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (σε σίγαση)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Δεν παραδόθηκε: οι ειδοποιήσεις ήταν σε σίγαση.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Δεν υπάρχει ακόμη τίποτα από αυτή την εφαρμογή στο σημερινό ιστορικό.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Σήμερα από τα μεσάνυχτα (ιστορικό): λήψη %1, αποστολή %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Ρυθμός λήψης + αποστολής το τελευταίο λεπτό, οι νεότερες τιμές δεξιά</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Ρυθμός λήψης</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Ρυθμός αποστολής</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Σύνολο λήψης</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Σύνολο αποστολής</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Συνδέσεις</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>εφαρμογή %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Εφαρμογές</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Κάντε διπλό κλικ ή πατήστε Enter για να εξετάσετε τις συνδέσεις μιας εφαρμογής</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Οι εφαρμογές είναι γνωστές μόνο σε ζωντανές καταγραφές: ξεκινήστε μια καταγραφή σε έναν προσαρμογέα για να δείτε ποια προγράμματα χρησιμοποιούν το δίκτυο.</translation>
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
        <translation>Διπλό κλικ για επιστροφή στο κύριο παράθυρο· σύρετε για μετακίνηση.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Εισερχόμενη</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Εξερχόμενη</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Δεν υπάρχουν ακόμη εφαρμογές (μόνο σε ζωντανές καταγραφές)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>&amp;Συμπαγές παράθυρο</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Χωρίς καταγραφή</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Σε παύση στο %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Καταγραφή στο %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Σε παύση η ανάγνωση του %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Ανάγνωση του %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Εμφάνιση του κύριου παραθύρου</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 byte)</numerusform>
            <numerusform>%1 (%2 byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Αντιγραφή όλων</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Αντιγραφή όλων των πεδίων, ένα ανά γραμμή</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Πρωτόκολλο</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Τοπική</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Απομακρυσμένη</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Θύρα υπηρεσίας</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Byte λήψης</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Byte αποστολής</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Πακέτα λήψης</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Πακέτα αποστολής</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Ρυθμός λήψης</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Ρυθμός αποστολής</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Πρώτη εμφάνιση</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Τελευταία εμφάνιση</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Σημαίες TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>Αναγνωριστικό ροής</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Διαδρομή</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Γραμμή εντολών</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Όνομα κεντρικού υπολογιστή</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Προέλευση ονόματος</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Είδος διεύθυνσης</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Αντιγραφή: %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Επιλέξτε μια σύνδεση για να δείτε τις λεπτομέρειές της.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Δεν υπάρχει πλέον στον πίνακα</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Μόνο ενεργές</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Μόνο με αστέρι</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Απαλοιφή</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Αναζήτηση συνδέσεων</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Πρωτόκολλο</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Οποιοδήποτε πρωτόκολλο</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Οποιαδήποτε κατεύθυνση</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Κυρίως εξερχόμενες</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Κυρίως εισερχόμενες</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Θύρα</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Διεύθυνση ή CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Μια διεύθυνση (10.1.2.3, 2001:db8::1) ή ένα δίκτυο (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Οποιαδήποτε εφαρμογή</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>Χώρα, AS ή τομέας</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Ένας κωδικός χώρας (US), ένας αριθμός AS (AS15169) ή ένας τομέας (το google.com ταιριάζει και με το www.google.com)· αν δοθούν πολλά, χωρισμένα με κενά, ισχύουν όλα</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Μόνο συνδέσεις με κίνηση κατά το τελευταίο διάστημα</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Μόνο συνδέσεις με κεντρικό υπολογιστή, υπηρεσία ή εφαρμογή με αστέρι</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Εφαρμογή %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Δεν είναι διεύθυνση ή δίκτυο· εξακολουθεί να ισχύει το προηγούμενο φίλτρο</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>κρυφό (χρήστης %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Υποδοχή (socket) του χρήστη %1: εκτελέστε το Flowscope με περισσότερα δικαιώματα για να δείτε το πρόγραμμά της.</translation>
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
διαδρομή %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
χρήστης %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
θύρα %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Ένα αρχείο καταγραφής δεν έχει τρέχοντα ρυθμό· το γράφημα της Επισκόπησης δείχνει την κίνησή του στον χρόνο.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Byte ανά δευτερόλεπτο κατά το τελευταίο διάστημα μέτρησης</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Μόνο ζωντανές καταγραφές: ένα αρχείο καταγραφής δεν έχει τρέχοντα ρυθμό</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Πρωτόκολλο</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Τοπική</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Απομακρυσμένη</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Byte λήψης</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Byte αποστολής</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Πακέτα λήψης</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Πακέτα αποστολής</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Ρυθμός λήψης</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Ρυθμός αποστολής</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Πρώτη εμφάνιση</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Τελευταία εμφάνιση</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>Το πρόγραμμα στο οποίο ανήκει αυτή η σύνδεση δεν είναι γνωστό.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Όνομα κεντρικού υπολογιστή</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (από %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Σημαία: %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Εικονίδιο προγράμματος %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Να ειδοποιούμαι όταν ένα πρόγραμμα χρησιμοποιεί το δίκτυο για πρώτη φορά</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Αναπαραγωγή ήχου με κάθε ειδοποίηση</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Άρση σίγασης</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Διεύθυνση webhook</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (προαιρετικό)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Κάθε ειδοποίηση αποστέλλεται επίσης σε αυτή τη διεύθυνση ως JSON POST (το docs/notifications.md περιγράφει το περιεχόμενο).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Νέα προγράμματα:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Ήχος:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Σε σίγαση:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Αυτή δεν είναι διεύθυνση http:// ή https://· οι ειδοποιήσεις δεν θα αποστέλλονται σε αυτή.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Όλες οι ειδοποιήσεις έως %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Αυτοί οι κανόνες: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Τίποτα δεν είναι σε σίγαση.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Σίγαση αυτού του κανόνα</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Δεν υπάρχει δίαυλος συνεδρίας D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>Οι ειδοποιήσεις επιφάνειας εργασίας μέσω D-Bus δεν είναι διαθέσιμες εδώ.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 μέσω %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Τα αρχεία καταγραφής που ανοίγονται για προβολή δεν αποστέλλονται στον συλλέκτη, εκτός αν είναι ενεργό το «Αποστολή και των αρχείων καταγραφής που ανοίγονται για προβολή» στις Ρυθμίσεις → Εξαγωγή.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Αυτή η έκδοση του Flowscope δεν μπορεί να στείλει ροές σε συλλέκτη.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 εγγραφή</numerusform>
            <numerusform>%1 εγγραφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 μήνυμα</numerusform>
            <numerusform>%1 μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>Στάλθηκαν %1 σε %2, απορρίφθηκαν %3.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Δεν αποστέλλεται τίποτα.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Οι ροές αυτής της καταγραφής δεν αποστέλλονται: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Αποστολή στο %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>Η τελευταία καταγραφή ολοκληρώθηκε. Στάλθηκαν στο %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>Ο συλλέκτης δεν είναι προσβάσιμος: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: καμία αποστολή</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: ο συλλέκτης δεν είναι προσβάσιμος</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: στάλθηκαν %1, απορρίφθηκαν %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: στάλθηκαν %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> δευτ.</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>Αποστολή ροών σε συλλέκτη (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Κάθε σύνδεση, μαζί με το πρόγραμμα πίσω από αυτήν, αποστέλλεται ως εγγραφές IPFIX σε έναν συλλέκτη που διαχειρίζεστε εσείς (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Αποστολή και των αρχείων καταγραφής που ανοίγονται για προβολή</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>Οι αλλαγές ισχύουν από την επόμενη καταγραφή· μια καταγραφή σε εξέλιξη συνεχίζει να αποστέλλει όπως ξεκίνησε.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Συλλέκτης</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Διεύθυνση ή όνομα κεντρικού υπολογιστή, π.χ. 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (το σύνηθες· τα δεδομένα χάνονται όταν ο συλλέκτης είναι εκτός λειτουργίας)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (επανασυνδέεται· κρατά ουρά αναμονής όσο ο συλλέκτης είναι εκτός λειτουργίας)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Κεντρικός υπολογιστής:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Θύρα:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Μεταφορά:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Εγγραφές</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Χρονικό όριο δραστηριότητας:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Μια ροή που συνεχίζεται αναφέρεται με αυτή τη συχνότητα.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Χρονικό όριο αδράνειας:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Μια ροή χωρίς κίνηση για τόσο διάστημα αναφέρεται ως ολοκληρωμένη.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>Αναγνωριστικό τομέα παρατήρησης:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Αριθμός επιχείρησης:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>Ο Private Enterprise Number με τον οποίο αποστέλλονται τα δικά στοιχεία του Flowscope (αναγνωριστικό διεργασίας, διαδρομή προγράμματος, όνομα κεντρικού υπολογιστή).</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>Η προεπιλογή, 32473, είναι ο αριθμός του RFC 5612 για τεκμηρίωση: μια προσωρινή τιμή στη θέση του δικού σας.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Αυτή η έκδοση του Flowscope δεν μπορεί να στείλει ροές σε συλλέκτη.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>πακ./s</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kπακ./s</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>Mπακ./s</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>Gπακ./s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 δευτ.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 λεπ. %2 δευτ.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 ώρ. %2 λεπ.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 ημ. %2 ώρ.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>αυτός ο υπολογιστής</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>βρόχος επιστροφής</translation>
    </message>
    <message>
        <source>private</source>
        <translation>ιδιωτική</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>τοπική σύνδεσης</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>πολλαπλή διανομή</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>εκπομπή</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>δεσμευμένη (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>όνομα διακομιστή TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>κεφαλίδα HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>απάντηση DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>απάντηση DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>αντίστροφη αναζήτηση DNS</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Κεντρικοί υπολογιστές της εφαρμογής</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ανά ημέρα για %2 ημέρες, και οι κορυφαίοι κεντρικοί υπολογιστές της στο εμφανιζόμενο διάστημα</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Ομαδοποιήστε ανά εφαρμογή και επιλέξτε μία στον πίνακα για να δείτε τη χρήση της ανά ημέρα και τους κορυφαίους κεντρικούς υπολογιστές της.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Ιστορικό κίνησης</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλα</translation>
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
        <translation>↓ λήψη · ↑ αποστολή</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: λήψη %2, αποστολή %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Όλα: λήψη %1, αποστολή %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Κάντε κλικ για να εμφανιστούν οι συνδέσεις αυτού του διαστήματος</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Καμία κίνηση σε αυτό το διάστημα.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>Σε αυτό το διάστημα: λήψη %1, αποστολή %2. Η περισσότερη κίνηση: %3 (%4). Η πιο φορτωμένη ώρα: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστο</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Απομακρυσμένη</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Πρωτόκολλο</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Πρώτη εμφάνιση</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Τελευταία εμφάνιση</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Κίνηση ανά ημέρα</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
λήψη %2, αποστολή %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Καμία κίνηση σε αυτό το διάστημα.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>Σε %1 ημέρες: λήψη %2, αποστολή %3. Η πιο φορτωμένη ημέρα: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Εξαγωγή αναφοράς…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Εγγραφή του πίνακα της σελίδας Ιστορικό ως CSV ή JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Σύνολα κίνησης</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Κάντε κλικ στο γράφημα για να εμφανιστούν οι συνδέσεις εκείνης της στιγμής.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Συνδέσεις στην επιλεγμένη περίοδο</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Συνδέσεις</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Τελευταία ώρα</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Τελευταίες 7 ημέρες</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Προσαρμογή</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Εκ νέου ανάγνωση του ιστορικού (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Διάστημα:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Ομαδοποίηση ανά:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Συνδέσεις ανοιχτές στο διάστημα %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Αρχεία JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>Η βάση δεδομένων ιστορικού %1 είναι κατεστραμμένη, οπότε αυτή η καταγραφή δεν αποθηκεύεται στο ιστορικό (η ζωντανή προβολή συνεχίζεται)· αν τη μετακινήσετε αλλού, διατηρείται ως έχει και ξεκινά μια νέα.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>Η βάση δεδομένων ιστορικού %1 δεν μπορεί να χρησιμοποιηθεί.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Αυτή η καταγραφή δεν αποθηκεύεται στο ιστορικό· η ζωντανή προβολή συνεχίζεται.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Το Flowscope δεν μπορεί να προσδιορίσει πού να κρατά το ιστορικό (δεν υπάρχει προσωπικός φάκελος)· επιλέξτε ένα αρχείο βάσης δεδομένων στο Προβολή → Ρυθμίσεις → Ιστορικό.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>Η κατεστραμμένη βάση δεδομένων ιστορικού διατηρήθηκε ως %1· η αποθήκευση συνεχίζεται σε μια νέα.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>Η κατεστραμμένη βάση δεδομένων ιστορικού διατηρήθηκε ως %1· η επόμενη ζωντανή καταγραφή θα ξεκινήσει μια νέα.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Παύση αποθήκευσης ιστορικού</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Η κίνηση αυτής της καταγραφής να μην μπαίνει στο ιστορικό μέχρι να συνεχιστεί η αποθήκευση</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Δεν είναι γνωστό αρχείο βάσης δεδομένων: επιλέξτε ένα παραπάνω.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Δεν έχει αποθηκευτεί τίποτα ακόμη: το αρχείο δημιουργείται από την πρώτη ζωντανή καταγραφή που αποθηκεύεται στο ιστορικό.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, δεν έχει αποθηκευτεί κίνηση ακόμη.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, κίνηση από %2 έως %3, %4 σύνδεση.</numerusform>
            <numerusform>%1, κίνηση από %2 έως %3, %4 συνδέσεις.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Αποθήκευση των ζωντανών καταγραφών στο ιστορικό</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Τα αρχεία καταγραφής που ανοίγονται για προβολή δεν αποθηκεύονται ποτέ. Η «Παύση αποθήκευσης ιστορικού» στο πλαίσιο συστήματος και στο μενού Καταγραφή κρατά εκτός τις ιδιωτικές στιγμές.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>Η διάρκεια διατήρησης ισχύει αμέσως για μια καταγραφή σε εξέλιξη· η ενεργοποίηση ή απενεργοποίηση της αποθήκευσης και η αλλαγή αρχείου βάσης δεδομένων ισχύουν από την επόμενη ζωντανή καταγραφή.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>για πάντα</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> συνδέσεις</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>χωρίς όριο</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Ανά λεπτό για:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Ανά ώρα για:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Ανά ημέρα για:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Συνδέσεις, το πολύ:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Όριο μεγέθους:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Τα παλαιότερα λεπτά αθροίζονται σε ώρες και οι ώρες σε ημέρες, ώστε τα σύνολα να μένουν ακριβή. Πέρα από το όριο μεγέθους φεύγουν πρώτα οι παλαιότερες γραμμές: συνδέσεις, και μετά λεπτά, ώρες και ημέρες.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Βάση δεδομένων</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Αρχείο βάσης δεδομένων ιστορικού</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Περιήγηση…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Προεπιλογή</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Χρήση ξανά της προεπιλεγμένης θέσης</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>Το ιστορικό είναι ένα αρχείο SQLite σε αυτόν τον υπολογιστή· τίποτα δεν φεύγει από αυτόν. Το flowscope-cli report διαβάζει το ίδιο αρχείο. Κενό πεδίο: η προεπιλεγμένη θέση, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>άγνωστη εδώ (δεν υπάρχει προσωπικός φάκελος)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Αρχείο:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Περιέχει τώρα:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Επιλογή της βάσης δεδομένων ιστορικού</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Βάσεις δεδομένων ιστορικού (*.sqlite);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Ανάγνωση…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>χρήστης %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>λήψη %1, αποστολή %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Διαδρομή</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Πακέτα</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: αναζήτηση· Ctrl+D: επισήμανση του κεντρικού υπολογιστή, της υπηρεσίας ή της εφαρμογής με αστέρι· Ctrl+Shift+C: επιλογή στηλών</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Λεπτομέρειες σύνδεσης</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Αναζήτηση συνδέσεων</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Επιλογή στηλών</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Συνδέσεις</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Προεπιλογή συστήματος (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Το Flowscope θα χρησιμοποιήσει τη νέα γλώσσα στην επόμενη εκκίνησή του.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Σε αδράνεια</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Καταγραφή σε εξέλιξη</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Επιλέξτε άλλο αρχείο στο Προβολή → Ρυθμίσεις… ή αδειάστε το πεδίο για να κρατήσετε την ενσωματωμένη βάση.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>Ά&amp;νοιγμα αρχείου καταγραφής…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Παύση</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Παύση ή συνέχιση της καταγραφής (Διάστημα, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Διακοπή</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Διακοπή της καταγραφής (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Σχετικά με το Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Καταγραφή</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Έ&amp;ναρξη</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Επισκόπηση</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>Ε&amp;ξέταση</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>Ε&amp;φαρμογές</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Ε&amp;ιδοποιήσεις</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ισ&amp;τορικό</translation>
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
        <translation>&amp;Σύστημα</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Φωτεινό</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Σ&amp;κοτεινό</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Καταγραφή</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Άνοιγμα αρχείου καταγραφής</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Αρχεία καταγραφής (*.pcap *.pcapng *.cap *.dmp);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Ένα εργαλείο παρακολούθησης δικτύου: με ποιους επικοινωνεί αυτός ο υπολογιστής, ζωντανά ή από αρχείο καταγραφής.&lt;/p&gt;&lt;p&gt;Δημιουργήθηκε με Qt %2 (εκτελείται σε Qt %3).&lt;br&gt;Καταγραφή με %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Δεδομένα AS από &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; και &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Εικονίδια σημαιών από &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Ανάγνωση βάσεων δεδομένων με libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Σχετικά με το Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Συνέχιση</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 πακέτο</numerusform>
            <numerusform>%1 πακέτα</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 απορρίφθηκαν</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Σελίδες</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Επισκόπηση</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Εξέταση</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Εφαρμογές</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Τα προγράμματα εντοπίζονται κατά τις ζωντανές καταγραφές.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Κίνηση στον χρόνο</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>τελευταία %1 δευτ.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Σήμανση όλων ως αναγνωσμένων</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Απαλοιφή</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Κάντε διπλό κλικ ή πατήστε Enter για να εξετάσετε τις συνδέσεις μιας ειδοποίησης</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Δεν υπάρχουν ακόμη ειδοποιήσεις. Κατά τη ζωντανή καταγραφή, οι ειδοποιήσεις εμφανίζονται εδώ: ένα πρόγραμμα που χρησιμοποιεί το δίκτυο για πρώτη φορά και οι κανόνες που ορίζετε στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 από %2 μη αναγνωσμένες</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Πάνω από</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Κανόνες ρυθμού</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Προσθήκη κανόνα ρυθμού</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Ρυθμός κίνησης πάνω από ένα όριο</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Όριο</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Ανά</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Όρια όγκου δεδομένων</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Προσθήκη ορίου δεδομένων</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Όγκος δεδομένων πάνω από ένα όριο</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Όλη η κίνηση</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Κενό: όλη η κίνηση· αλλιώς η διαδρομή ή το όνομα ενός προγράμματος</translation>
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
        <translation> δευτ.</translation>
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
        <translation>ημέρα</translation>
    </message>
    <message>
        <source>month</source>
        <translation>μήνας</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Αρχεία λιστών αποκλεισμού</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Καταχωρίσεις</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Επιλογή λιστών αποκλεισμού</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Λίστες IP (*.netset *.ipset *.txt *.list);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Προσθήκη αρχείων…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Λίστες IP/CIDR σε απλό κείμενο (μία καταχώριση ανά γραμμή, σχόλια με #, όπως τις δημοσιεύει το FireHOL), IPv4 και IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Λίστες αποκλεισμού</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>δεν φορτώθηκε</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Στοιχεία με αστέρι</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Νέα ειδοποίηση μετά από αδράνεια</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Επισημάνετε με αστέρι κεντρικούς υπολογιστές, υπηρεσίες και εφαρμογές στις σελίδες Επισκόπηση, Εξέταση και Εφαρμογές.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Αγαπημένα</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Κεντρικός υπολογιστής %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Υπηρεσία %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Εφαρμογή %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Byte λήψης</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Κίνηση IP που ελήφθη</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Byte αποστολής</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Κίνηση IP που στάλθηκε</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Πακέτα</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Όλα τα πλαίσια που καταγράφηκαν</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Πακέτα/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Πακέτα το τελευταίο δευτερόλεπτο</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Ροές</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Συνδέσεις μέχρι στιγμής</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Απορρίφθηκαν</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Πλαίσια που χάθηκαν στον πυρήνα, στον προσαρμογέα ή στην ουρά του Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Χρόνος καταγραφής που καλύπτεται</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Κίνηση&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Μονάδα:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>byte/s</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>πακέτα/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Κορυφαίες εφαρμογές</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Κάντε κλικ σε μια εφαρμογή για να εξετάσετε τις συνδέσεις της</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Κορυφαίοι κεντρικοί υπολογιστές</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Κορυφαίες υπηρεσίες</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>κεντρικός υπολογιστής %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>υπηρεσία %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>εφαρμογή %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Κάντε κλικ σε μια καταχώριση για να εξετάσετε τις συνδέσεις της</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Συνδέσεις μέχρι στιγμής (%1 στον πίνακα τώρα)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Προγράμματα πίσω από τις συνδέσεις</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Εντοπισμός προγραμμάτων με</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Αυτόματα (eBPF όπου επιτρέπεται, αλλιώς στιγμιότυπα)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Συμβάντα υποδοχών eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Μόνο στιγμιότυπα</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Προσωρινή μνήμη συμβάντων</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Ισχύει από την επόμενη ζωντανή καταγραφή.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Εντοπισμός προγραμμάτων με:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Προσωρινή μνήμη συμβάντων:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Μετακίνηση αλλού και έναρξη νέας</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Βάση δεδομένων χωρών:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>Βάση δεδομένων AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Κενό: οι ενσωματωμένες βάσεις δεδομένων DB-IP Lite. Υποστηρίζονται αρχεία MMDB των GeoLite2, GeoIP2, DB-IP και IPinfo.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Αναζήτηση ονομάτων κεντρικών υπολογιστών για τις διευθύνσεις (αντίστροφο DNS, ζωντανές καταγραφές)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Γενικά</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Αρχείο βάσης δεδομένων χωρών</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Αρχείο βάσης δεδομένων AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Ενσωματωμένη (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Περιήγηση…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Επιλογή βάσης δεδομένων</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Αρχεία MaxMind DB (*.mmdb);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>Παραμένει σε χρήση η ενσωματωμένη βάση δεδομένων.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Αποθήκευση της καταγραφής σε αρχείο pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Έναρξη καταγραφής</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Άνοιγμα αρχείου καταγραφής…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Παρακολουθήστε το δίκτυό σας&lt;/h2&gt;Επιλέξτε έναν προσαρμογέα για ζωντανή καταγραφή ή ανοίξτε ένα αρχείο καταγραφής.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Έλεγχος αν το Flowscope μπορεί να καταγράφει σε αυτόν τον υπολογιστή…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Φίλτρο καταγραφής:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Έκφραση BPF, π.χ. tcp port 443 ή host 10.0.0.1 (κενό: όλα)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Προσαρμογείς δικτύου</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Αρχείο όπου θα αποθηκευτεί η καταγραφή</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Αρχεία καταγραφής</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Πρόσφατα αρχεία:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Πρόσφατα αρχεία καταγραφής</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Χωρίς φίλτρο: καταγράφεται κάθε πακέτο.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>έγκυρο</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Διορθώστε πρώτα το φίλτρο καταγραφής</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Αποθήκευση της καταγραφής ως</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Αρχεία pcap (*.pcap);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Άνοιγμα αρχείου καταγραφής</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Καταγραφές (*.pcap *.pcapng *.cap);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Τα αρχεία καταγραφής μπορούν ακόμη να ανοιχτούν.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Τα αρχεία που ανοίγετε εμφανίζονται εδώ</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Εκκίνηση</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Εκκίνηση του Flowscope κατά τη σύνδεσή μου</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Συνέχιση της τελευταίας ζωντανής καταγραφής κατά την εκκίνηση του Flowscope</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Εκκινεί το Flowscope στο πλαίσιο συστήματος, χωρίς το παράθυρό του, όταν συνδέεστε.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Όταν το Flowscope ξεκινά χωρίς αρχείο καταγραφής ή προσαρμογέα, καταγράφει ξανά στον προσαρμογέα και με το φίλτρο της τελευταίας ζωντανής καταγραφής.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;Υψηλή αντίθεση</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Άνοιγμα φακέλου &amp;θεμάτων…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (μη έγκυρο)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>Το αρχείο θέματος %1 δεν χρησιμοποιήθηκε: %2 Διορθώστε το και επιλέξτε το ξανά από Προβολή → Θέμα.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>το αρχείο είναι μεγαλύτερο από 64 KB· ένα θέμα είναι μια λίστα με λίγα χρώματα (δείτε docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>το αρχείο δεν έχει γραμμή «name = …»· προσθέστε μία με το όνομα που θα εμφανίζεται.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>γραμμή %1: αναμενόταν «κλειδί = τιμή».</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>γραμμή %1: το «%2» δίνεται δύο φορές· κρατήστε ένα.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>γραμμή %1: το όνομα πρέπει να έχει 1 έως 80 χαρακτήρες κειμένου UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>γραμμή %1: το based-on πρέπει να είναι «light» ή «dark».</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>γραμμή %1: άγνωστο κλειδί «%2»· το docs/themes.md αναφέρει τα κλειδιά που μπορεί να ορίσει ένα θέμα.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>γραμμή %1: το «%2» δεν είναι χρώμα· γράψτε το ως #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>Το αρχείο θέματος %1 διαβάζεται δύσκολα: το %2 πάνω στο %3 έχει αντίθεση μόνο %4:1, κάτω από το 4,5:1 που χρειάζεται το κείμενο. Απομακρύνετε περισσότερο αυτά τα χρώματα στο αρχείο.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
λήψη %2, αποστολή %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Μερίδιο</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Εισερχόμενη</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Εξερχόμενη</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Κίνηση στον χρόνο</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Καμία κίνηση</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Αρχεία: σύρετε για μεγέθυνση σε ένα χρονικό διάστημα, δεξί κλικ για σμίκρυνση (πληκτρολόγιο: +, - και 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>καμία κίνηση για %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Δεν υπάρχει ακόμη κίνηση.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Τελευταία τιμή: εισερχόμενη %1, εξερχόμενη %2. Μέγιστη: εισερχόμενη %3 στις %4, εξερχόμενη %5 στις %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Εμφάνιση παραθύρου</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Αλλαγή προσαρμογέα</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Άνοιγμα Επισκόπησης</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Άνοιγμα Εφαρμογών</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Άνοιγμα Ειδοποιήσεων</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Σίγαση ειδοποιήσεων</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Για 1 ώρα</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Έως αύριο</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Άρση σίγασης</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Συμπαγές παράθυρο</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Αυτή η επιφάνεια εργασίας δεν έχει πλαίσιο συστήματος (το GNOME χρειάζεται την επέκταση AppIndicator), οπότε το κλείσιμο του παραθύρου τερματίζει το Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Αυτή η επιφάνεια εργασίας δεν έχει πλαίσιο συστήματος (το GNOME χρειάζεται την επέκταση AppIndicator), οπότε εμφανίζεται το παράθυρο αντί για ελαχιστοποιημένη εκκίνηση.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Απόκρυψη παραθύρου</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Συνέχιση</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Κανένας προσαρμογέας</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Δεν είναι δυνατή η καταγραφή στο %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Το Flowscope συνεχίζει την παρακολούθηση</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>Το εικονίδιό του στο πλαίσιο συστήματος επαναφέρει το παράθυρο· η Έξοδος βρίσκεται στο μενού του.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Πλαίσιο συστήματος</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ερώτηση</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Συνέχιση παρακολούθησης στο πλαίσιο συστήματος</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Κλείσιμο του παραθύρου:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>δεν είναι διεύθυνση http:// ή https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>κατάσταση HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>καμία απάντηση εντός %1 δευτ.</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>Το webhook ειδοποιήσεων %1 απέτυχε (%2)· οι ειδοποιήσεις εξακολουθούν να εμφανίζονται στη σελίδα Ειδοποιήσεις. Ελέγξτε τη διεύθυνση στις Ρυθμίσεις.</translation>
    </message>
</context>
</TS>
