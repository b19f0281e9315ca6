<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 and %2 more</numerusform>
            <numerusform>%1 and %2 more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 program used the network for the first time</numerusform>
            <numerusform>%1 programs used the network for the first time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>%1 blocklisted address contacted</numerusform>
            <numerusform>%1 blocklisted addresses contacted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 traffic rate stayed above its limit</numerusform>
            <numerusform>%1 traffic rates stayed above their limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 favorite became active</numerusform>
            <numerusform>%1 favorites became active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 data cap exceeded</numerusform>
            <numerusform>%1 data caps exceeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 capture problem</numerusform>
            <numerusform>%1 capture problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 stayed above %2 for %3 second.</numerusform>
            <numerusform>%1 stayed above %2 for %3 seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet before it was read.</numerusform>
            <numerusform>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packets before it were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 is only %2 byte long, too short to be a pcap or pcapng capture file.</numerusform>
            <numerusform>%1 is only %2 bytes long, too short to be a pcap or pcapng capture file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>so reading stopped after the %1 packet before it (pcapfix may repair the file).</numerusform>
            <numerusform>so reading stopped after the %1 packets before it (pcapfix may repair the file).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>refers to interface %1, but its section describes only %2 interface before it</numerusform>
            <numerusform>refers to interface %1, but its section describes only %2 interfaces before it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>None of the %1 non-comment line in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</numerusform>
            <numerusform>None of the %1 non-comment lines in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n socket event lost because the event buffer was full; a larger buffer keeps them.</numerusform>
            <numerusform>%n socket events lost because the event buffer was full; a larger buffer keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 year</numerusform>
            <numerusform>%1 years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 unread notification</numerusform>
            <numerusform>%1 unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 byte)</numerusform>
            <numerusform>%1 (%2 bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 record</numerusform>
            <numerusform>%1 records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, traffic from %2 to %3, %4 connection.</numerusform>
            <numerusform>%1, traffic from %2 to %3, %4 connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 packet</numerusform>
            <numerusform>%1 packets</numerusform>
        </translation>
    </message>
</context>
</TS>
