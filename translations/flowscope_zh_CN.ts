<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 及其他 %2 个</numerusform>
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
        <translation>全部流量</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>%1 的流量</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>收藏的主机 %1 有活动</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>收藏的服务 %1 有活动</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>收藏的程序 %1 有活动</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 个程序首次使用网络</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>连接了 %1 个阻止列表中的地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 项流量速率持续超过限值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 个收藏项开始活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>超出了 %1 个流量上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 个捕获问题</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>首次连接：%1。</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>连接了阻止列表中的 %1。</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>流量持续超过限值：%1。</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>%1 开始产生流量。</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>流量超出上限：%1。</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>捕获出现问题：%1。</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 首次使用网络</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 在阻止列表 %2 中</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1：持续 %3 秒超过 %2</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1：超出每日上限 %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1：超出每月上限 %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>适配器已消失</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>捕获因错误而停止</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>捕获的帧丢弃率达 %1</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 建立了首个连接。</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 建立了首个连接（用户 %2）。</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>连接了 %1，该地址属于 %2 中列出的 %3（第 %4 行）。</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 连接了 %1，该地址属于 %2 中列出的 %3（第 %4 行）。</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>与 %1 之间经由 %2 的流量已开始。</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>%3 与 %1 之间经由 %2 的流量已开始。</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 持续 %3 秒超过 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 今天已达 %2，超出了 %3 的上限。</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 本月已达 %2，超出了 %3 的上限。</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>最近 %3 秒内，%2 帧中有 %1 帧丢失；计算机或 Flowscope 处理不过来。请使用过滤器缩小捕获范围，或关闭其他占用资源较多的程序。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>Flowscope 无法创建文件夹 %1，因此不会在登录时启动；请检查您是否有权写入该位置，然后重试。</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope 无法写入 %1（%2），因此不会在登录时启动；请检查您是否有权写入 %3，然后重试。</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>Flowscope 无法删除 %1（%2），因此仍会在登录时启动；请检查您是否有权写入 %3，然后重试。</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>Flowscope 无法写入注册表值 %1，因此不会在登录时启动；请检查您的账户是否有权修改该值，然后重试。</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>Flowscope 无法删除注册表值 %1，因此仍会在登录时启动；请检查您的账户是否有权修改该值，然后重试。</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>权限被拒绝：Flowscope 无权读取 %1。请为您的用户授予该文件的读取权限，或将其复制到您自己的某个文件夹中，然后重新打开。</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>没有名为“%1”的网络适配器。请从“开始”页面列出的适配器中选择一个。</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>捕获期间，网络适配器 %1 已停用或消失。请重新连接后再次开始，或在“开始”页面选择其他适配器；已捕获的内容仍会显示。</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>未选择网络适配器；请在“开始”页面选择一个。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>关闭 Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>要在系统托盘中继续监控吗？</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>关闭窗口后，Flowscope 可以继续捕获并向您发送通知；点击其托盘图标即可重新打开窗口。您也可以退出并停止监控。</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>保留在托盘中</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>不再询问（可在“设置”中更改）</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>Flowscope 无法列出网络适配器（libpcap：%1）；请检查系统的网络协议栈是否正常工作，然后重试。</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>libpcap 无法准备过滤器编译器（可能是内存不足）；请重试或重新启动 Flowscope。</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>捕获过滤器“%1”无效：%2；请修正该过滤器（%3）。</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>参见 `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>文件已达到允许的最大大小</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>Flowscope 无权写入 %1（%2）；请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 是一个文件夹；请指定要写入的 pcap 文件名，例如 %2。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>%1 所在的文件夹不存在；请创建该文件夹或选择其他位置。</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>Flowscope 无法创建 %1（%2）；请选择其他位置。</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>由于%3（%4），写入 %1 在 %2 帧后停止；文件中保留了这些帧并且仍可读取，捕获将继续进行但不再保存：请释放一些空间或选择其他位置。</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>由于%3（%4），写入 %1 在 %2 帧后停止；其最后一帧可能不完整，捕获将继续进行但不再保存：请释放一些空间或选择其他位置。</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>由于%2（%3），Flowscope 无法写入 %1；请释放一些空间或选择其他位置。</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>关闭文件时写入 %1 失败（%2）；磁盘上可能没有保存完整的内容，请检查该文件或选择其他位置。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 在%2 的中间结束（字节偏移 %3）：文件被截断，之前的 %4 个完整数据包已读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>读取 %1 时在字节偏移 %2 处失败（%3）；请检查磁盘，或将文件复制到本地驱动器。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 是空文件（0 字节），不包含任何数据包；请选择由 Wireshark、tcpdump 或 Flowscope 保存的捕获文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 只有 %2 字节，太短，不可能是 pcap 或 pcapng 捕获文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 不是 pcap 或 pcapng 捕获文件（未知的魔数 %2）。</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 不存在；请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>Flowscope 无权读取 %1；请为您的用户授予该文件的读取权限，或将其复制到其他位置。</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>无法打开 %1（%2）；请检查该文件是否可以访问。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 是一个文件夹，而不是捕获文件；请选择其中的 .pcap 或 .pcapng 文件。</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>因此无法从中读取任何数据包（pcapfix 或许可以修复该文件）。</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>因此在读取其前面的 %1 个数据包后停止了读取（pcapfix 或许可以修复该文件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>未选择网络适配器；请从 `flowscope-cli interfaces` 列出的适配器中选择一个。</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>请以管理员权限运行 Flowscope，或一次性授予其所需的权限（capability）：%1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 不完整：它只有 %2 字节，不足 24 字节的 pcap 文件头，可能未完整写入或复制。</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 使用的 pcap 格式版本为 %2.%3，Flowscope 无法读取；请使用 Wireshark 的“另存为”将其转换为 pcapng。</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>数据包 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 已损坏：字节偏移 %3 处的记录 %2 的头部声明捕获了 %4 字节，超过了 %5 的上限，%6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>没有名为“%1”的网络适配器；请运行 `flowscope-cli interfaces` 列出可以进行捕获的适配器。</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>Flowscope 没有在 %1 上进行捕获的权限。%2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>网络适配器 %1 已停用；请启用它（或插上它），然后重新开始捕获。</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>网络适配器 %1 不支持监听模式；请选择其他适配器。</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>Flowscope 无法在 %1 上开始捕获（%2：%3）；请检查该适配器，然后重试。</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>无法在 %2 上应用捕获过滤器“%1”（%3：%4）；请尝试更简单的过滤器。</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>Flowscope 无法在 %1 上准备捕获（%2：%3）；请重试。</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>捕获期间，网络适配器 %1 已停用或消失（%2：%3）；请重新连接它，或使用 `flowscope-cli interfaces` 选择其他适配器。</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>在 %1 上捕获失败（%2：%3）；请重新开始捕获。</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>字节偏移 %2 处的块 %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 不完整：它在 pcapng 节头内部就结束了，可能未完整写入或复制。</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 已损坏：节头块（%2）只有 %3 字节长（至少需要 28 字节），%4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 使用的 pcapng 版本为 %2.%3，Flowscope 无法读取；请使用 Wireshark 重新保存该文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 已损坏：节头块（%2）的一个选项声明了 %3 字节，超出了该块的容量，因此无法从中读取任何数据包（pcapfix 或许可以修复该文件）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 已损坏：接口描述块（%2）太短。</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 已损坏：接口描述块（%2）的一个选项声明了 %3 字节，超出了该块的容量，%4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>块 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 已损坏：节头块（%2）的字节序魔数无效。</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>的长度为 %1 字节，小于 12 字节的最小值</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>的长度为 %1 字节，不是 4 的倍数</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>声明的长度为 %1 字节，超过任何实际存在的块</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>末尾的长度字段为 %1，与开头的长度字段（%2）不一致</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>是一个数据包块，但太短，容纳不下其字段</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>声明捕获了 %1 字节，超出了该块的容量</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>引用了接口 %1，但其所在的节在它之前只描述了 %2 个接口</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>是一个简单数据包块，但太短，容纳不下其字段</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>是一个数据包，但其所在的节在它之前没有描述任何接口</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 已损坏：%2 %3，%4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>Npcap 安装时仅允许管理员使用：请以管理员身份运行 Flowscope，或重新安装 Npcap 并取消勾选“Restrict Npcap driver&apos;s access to Administrators only”。</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>参见 %1 上的 pcap-filter 语法说明</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>“%1”处还没有历史数据库；实时捕获会创建它（桌面应用会记录实时捕获，也可以运行 flowscope-cli record）。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>无法读取历史数据库“%1”（对该文件没有权限，或在记录期间对其所在文件夹没有权限）；请以其所有者身份读取，或复制一份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>“%1”是其他程序的数据库，而不是 Flowscope 历史记录；请选择其他文件。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>历史数据库“%1”由更新版本的 Flowscope 写入（架构版本 %2，此版本最高只支持 %3）；请更新 Flowscope 或选择其他文件。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>历史数据库“%1”已损坏（架构版本为 %2，任何 Flowscope 都不会写入此版本）；请将其移走并新建一个数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>“%1”中还没有历史记录；实时捕获会记录到其中。</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>无法创建历史数据库“%1”所在的文件夹（%2）；请选择其他文件，或允许在该位置写入。</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>无法移走已损坏的历史数据库“%1”（%2）；请自行移动或删除它。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>历史数据库“%1”已被其他程序锁定；请关闭该程序（或选择其他文件），然后重试。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>无法写入历史数据库“%1”（只读或没有权限）；请允许写入该文件及其所在文件夹，或选择其他文件。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>历史数据库“%1”已损坏；请将其移走并新建一个数据库（其中已记录的内容无法读取）。</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>历史数据库“%1”所在的磁盘已满；请释放一些空间或降低历史记录大小上限，然后重新开始记录。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>无法打开历史数据库“%1”；请检查其所在文件夹是否存在且可写入，或选择其他文件。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>无法打开历史数据库“%1”（%2）；请检查其所在文件夹是否存在且可写入，或选择其他文件。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>无法读写历史数据库“%1”（输入/输出错误）；请检查其所在的磁盘。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>无法读写历史数据库“%1”（输入/输出错误：%2）；请检查其所在的磁盘。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>历史数据库“%1”出现意外错误。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>历史数据库“%1”出现意外错误（%2）。</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>捕获过滤器无法应用于链路类型 %1；该类型的帧已被排除。</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>由于磁盘速度太慢，有 %1 帧未能写入 %2。</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>Flowscope 不解码链路类型 %1：其数据包计为非 IP 数据包，不会形成连接；请在 Wireshark 中打开该捕获以查看其内容。</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>反向 DNS 已关闭：%1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>无法识别进程：%1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>由于事件缓冲区已满，内核丢弃了套接字事件，因此某些短连接可能没有对应的程序；请增大事件缓冲区（在“设置”中，或使用 --event-buffer）。</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>因未知错误而失败。</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>组件“%1”已停止：%2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>无法解析收集器“%1”（%2）；请输入地址或已知的主机名。</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>无法打开到收集器 %1 的 UDP 套接字（%2）。</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>只包含 AS 编号，不包含国家/地区</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>只包含国家/地区，不包含 AS 编号</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>既不包含国家/地区，也不包含 AS 编号</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>一个国家/地区数据库（GeoLite2 或 GeoIP2 的 Country 或 City、DB-IP、IPinfo）</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>一个 AS 数据库（GeoLite2 ASN、GeoIP2 ISP、IPinfo）</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>文件“%1”（%2）%3；请选择%4。</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>无类型</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>数据库文件“%1”不存在；请检查路径。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>“%1”是文件夹，而不是数据库文件；请选择一个 .mmdb 文件。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>无法读取数据库文件“%1”（权限被拒绝）；请检查其权限。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>无法打开数据库文件“%1”（%2）；请检查磁盘和路径。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>数据库文件“%1”已损坏：%2；请重新下载该文件。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>无法读取数据库文件“%1”；请检查磁盘，然后重试。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1”不是 MaxMind DB（.mmdb）文件，或其元数据已损坏；请选择 GeoLite2、GeoIP2、DB-IP 或 IPinfo 的 .mmdb 文件。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>无法加载数据库文件“%1”（其中记录的大小超出了内存所能容纳的范围，文件可能已损坏）；请重新下载该文件。</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>在“%2”中查找 %1 失败（%3）；请重新下载该文件。</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>无法读取“%2”中 %1 的记录（%3）；请重新下载该文件。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>无法读取数据库文件“%1”（%2）；请检查磁盘和路径。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1”是空文件；请选择 GeoLite2、GeoIP2、DB-IP 或 IPinfo 的 .mmdb 文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1”不是常规文件；请选择 GeoLite2、GeoIP2、DB-IP 或 IPinfo 的 .mmdb 文件。</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>内存不足，无法为数据库文件“%1”创建私有副本（%2）；请关闭其他程序，然后重试。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>数据库文件“%1”在读取期间不断发生变化；请等其写入完成后重试。</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>阻止列表文件 %1 不存在；请检查路径。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 是文件夹，而不是阻止列表文件；请选择其中的列表文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 不是常规文件（而是管道、套接字或设备）；请选择一个列表文件。</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>无法读取阻止列表文件 %1（%2）；请检查其权限。</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 包含二进制数据（字节偏移 %2 处有一个零字节），因此不是文本格式的阻止列表；请选择纯文本的 IP/CIDR 列表。</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>读取阻止列表文件 %1 时，在读取 %2 字节后失败；请检查磁盘。</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 中没有任何地址（文件为空或只有注释）；请选择至少包含一个 IP 地址或前缀的列表。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%2 中的 %1 个非注释行都不是 IP 地址或前缀，因此它不是阻止列表；请选择纯文本的 IP/CIDR 列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 包含不止一个词</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 不是 IPv4 或 IPv6 地址或前缀</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>%1 中的前缀长度必须是 0 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>第 %1 行超过 %2 个字符，因此跳过该行（列表的其余部分仍会加载）。</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>第 %1 行：%2，因此跳过该行（列表的其余部分仍会加载）。</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>第 %1 行：%2 中超出前缀长度的位不为零；将按 %3 加载。</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>已知程序列表文件 %1 不是常规文件。新程序只会被记住到 Flowscope 退出为止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>无法读取已知程序列表文件 %1（%2）。新程序只会被记住到 Flowscope 退出为止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>已知程序列表文件 %1 已损坏（其内容不是程序列表）；请将其移走，以便新建一个列表。新程序只会被记住到 Flowscope 退出为止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>未能完整读取已知程序列表文件 %1。新程序只会被记住到 Flowscope 退出为止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>无法写入已知程序列表文件 %1（写入临时文件 %2 失败）；新程序只会被记住到 Flowscope 退出为止。</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>无法替换已知程序列表文件 %1（%2）；新程序只会被记住到 Flowscope 退出为止。</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>没有那个设备或地址</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>无法分配内存</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>设备或资源忙</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>没有那个设备</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是目录</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>无效的参数</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>系统中打开的文件过多</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>管道已断开</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接的层数过多</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>消息过长</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>协议不支持该地址族</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>地址已在使用</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>无法分配请求的地址</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>网络已断开</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>软件导致连接中止</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>连接被对方重置</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>没有可用的缓冲区空间</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>传输端点尚未连接</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>没有到主机的路由</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1；Flowscope 将改用其内置的国家/地区数据库。</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1；Flowscope 将改用其内置的 AS 数据库。</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1；内置的国家/地区数据库也无法使用（%2）。</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1；内置的 AS 数据库也无法使用（%2）。</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>国家/地区数据库“%1”在磁盘上发生了变化；Flowscope 已检查该文件，并重新开始使用它。</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>AS 数据库“%1”在磁盘上发生了变化；Flowscope 已检查该文件，并重新开始使用它。</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>国家/地区数据库在使用期间发生了变化：%1；在该文件恢复可用之前，Flowscope 将使用其内置的国家/地区数据库。</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>AS 数据库在使用期间发生了变化：%1；在该文件恢复可用之前，Flowscope 将使用其内置的 AS 数据库。</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>无法将 IPFIX 消息发送到 %1：%2。</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>无法将 IPFIX 消息发送到收集器（%1）；收集器是否在 %2 上监听？</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>仅发送了一部分</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>收集器接收消息的速度不够快（%1 KiB 的待发数据缓冲区已满）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>已尝试 %1 个地址：%2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>连接收集器失败（%1）</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>收集器关闭了连接</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>收集器未能及时接收最后的消息</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>在打开 %1 之前</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>捕获辅助程序 %1 未在 30 秒内打开 %2；请重新开始捕获。</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>在 %1 上捕获时</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>被信号 %1 终止，%2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>被信号 %1 终止</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope 无法启动其捕获辅助程序（pipe：%1）；请重试。</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Flowscope 无法启动其捕获辅助程序 %1（%2）；请重新安装 Flowscope 或设置 FLOWSCOPE_CAPTURE=direct。</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>捕获辅助程序 %1 %2意外停止（%3）；请重新开始捕获，如果它反复停止，请查看系统日志。</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>捕获辅助程序 %1 发送了 Flowscope 无法读取的数据（%2）；请确认它属于此版本的 Flowscope，然后重新开始捕获。</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>捕获辅助程序无法放弃其能力（%1）；捕获可以正常进行，但它会继续以特权身份运行。</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>通过 netlink 读取套接字表失败（%1：%2）。</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>无法读取 %1（%2）；套接字表不可用。</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>它们由捕获辅助程序加载。</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>eBPF 套接字事件已关闭：%1；改为根据套接字表快照识别套接字所有者。</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>此版本的 Flowscope 不支持 eBPF（构建时缺少 libbpf、clang 或 bpftool）</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>加载它们需要 root 权限，或 CAP_BPF 和 CAP_PERFMON 能力（且内核未处于锁定模式）</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>内核拒绝了跟踪器（%1）</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>附加到跟踪点需要 root 权限或 CAP_PERFMON 能力</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>内核缺少它们所需的跟踪点（sock_send_length 和 sock_recv_length 自 Linux 6.3 起提供）</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>无法打开跟踪器（%1）</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>内核没有 BTF 类型信息（/sys/kernel/btf/vmlinux）</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>根据 eBPF 套接字事件（内核跟踪点）识别套接字所有者，并以套接字表快照作为后备。</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>按您的选择，根据套接字表快照识别套接字所有者。</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>根据套接字表快照识别套接字所有者：eBPF 套接字事件仅在 Linux 上可用。</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>请输入收集器的地址或主机名，例如 192.0.2.10 或 collector.example.org。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>“%1”既不是 IP 地址，也不是主机名；请输入类似 192.0.2.10 或 collector.example.org 的地址或主机名。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>端口“%1”超出范围：请输入 1 到 65535 之间的数字（IPFIX 收集器通常监听 4739 端口）。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>主机名“%1”无法解析为地址；请检查拼写，或输入收集器的 IP 地址。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>无法将报告写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>网络（AS）</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>未知应用</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>未知服务</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>未知国家/地区</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>未知网络</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>尚无历史记录：实时捕获会记录到 %1（设置 → 历史记录），其流量将显示在此处。</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>历史数据库 %1 已损坏或不是历史数据库：请将其移走或删除，下次实时捕获时将新建一个数据库。</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>应用 %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>此版本的 Flowscope 不支持 eBPF。</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>eBPF 套接字事件仅在 Linux 上可用。</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>内核没有 BTF 类型信息。</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>捕获辅助程序需要 CAP_BPF 和 CAP_PERFMON 能力才能使用 eBPF。</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>eBPF 需要 root 权限，或 CAP_BPF 和 CAP_PERFMON 能力。</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>内核缺少所需的跟踪点（需要 Linux 6.3 或更高版本）。</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>根据 eBPF 套接字事件（由捕获辅助程序加载）识别程序，并以快照作为后备。</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>根据 eBPF 套接字事件识别程序，并以快照作为后备。</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>按您的选择，根据套接字表快照识别程序。</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>根据套接字表快照识别程序：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>事件缓冲区已满，丢失了 %n 个套接字事件；更大的缓冲区可以保留它们。</numerusform>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
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
        <translation>未继续上次在 %1 上的实时捕获。%2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>无法读取设置中的速率规则“%1”，已忽略该规则。请在“设置”中重新添加。</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>无法读取设置中的流量上限规则“%1”，已忽略该规则。请在“设置”中重新添加。</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>收藏的主机“%1”不是 IP 地址，已忽略。</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>收藏的服务“%1”不符合 tcp/443 格式，已忽略。</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1：…另有 %2 行存在问题。</translation>
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
        <translation>取消 %1 的星标</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>为 %1 加星标</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>加星标或取消星标</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>仅星标项</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>仅显示已加星标的项目（右键单击项目或按 Ctrl+D 可为其加星标）</translation>
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
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>接收 %1 · 发送 %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>流量最高：%1（%2）</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>正在捕获</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 条未读通知</numerusform>
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
        <translation>已启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>无线</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>%1 在过去一分钟内的流量</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 未提供流量计数器</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>新程序</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>阻止列表中的地址</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>流量速率</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>收藏项有活动</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>流量上限</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>捕获问题</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1（已静音）</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>未送达：通知已静音。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>今天的历史记录中尚无此应用的数据。</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>今天零点以来（历史记录）：接收 %1，发送 %2</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>过去一分钟的接收 + 发送速率，最新数据在右侧</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>接收速率</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>发送速率</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>接收总量</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>发送总量</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>应用 %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>双击或按 Enter 键以检查应用的连接</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>仅实时捕获能识别应用：在适配器上开始捕获，即可查看哪些程序在使用网络。</translation>
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
        <translation>双击返回主窗口；拖动可移动窗口。</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>传入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>传出</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>尚无应用（仅限实时捕获）</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>紧凑窗口(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>未在捕获</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>已在 %1 上暂停</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>正在 %1 上捕获</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>已暂停读取 %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>显示主窗口</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1（%2 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>复制所有字段，每行一个</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>服务端口</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发送字节数</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>接收数据包</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>发送数据包</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>接收速率</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>发送速率</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP 标志</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>流 ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>名称来源</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>地址类型</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>选择一个连接以查看其详细信息。</translation>
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
        <translation>仅活动连接</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>仅星标项</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>搜索连接</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>任意协议</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>任意方向</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>主要为传出</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>主要为传入</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>地址或 CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>地址（10.1.2.3、2001:db8::1）或网络（10.0.0.0/8）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>任意应用</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>国家/地区、AS 或域名</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>国家/地区代码（US）、AS 编号（AS15169）或域名（google.com 可匹配 www.google.com）；用空格分隔的多个条件须同时满足</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>仅显示上一个时间间隔内有流量的连接</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>仅显示主机、服务或应用已加星标的连接</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>应用 %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>不是地址或网络；仍沿用之前的筛选条件</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>已隐藏（用户 %1）</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>用户 %1 的套接字：以更高权限运行 Flowscope 才能看到其所属程序。</translation>
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
路径 %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
用户 %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
端口 %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>捕获文件没有当前速率；“概览”图表会显示其流量随时间的变化。</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>上一个刷新间隔内的每秒字节数</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>仅限实时捕获：捕获文件没有当前速率</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发送字节数</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>接收数据包</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>发送数据包</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>接收速率</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>发送速率</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>拥有此连接的程序未知。</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>%1 的国旗</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>程序 %1 的图标</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>当程序首次使用网络时通知我</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>每条通知都播放提示音</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook（可选）</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>每条通知还会以 JSON POST 请求发送到此地址（请求正文的格式见 docs/notifications.md）。</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>新程序：</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>提示音：</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook：</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>静音：</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>这不是 http:// 或 https:// 地址；通知不会发送到该地址。</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>所有通知，直至 %1。</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>以下规则：%1。</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>未将任何内容静音。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>将此规则静音</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>没有 D-Bus 会话总线。</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>此环境下无法通过 D-Bus 使用桌面通知。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2（经由 %3）</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>为查看而打开的捕获文件不会发送到收集器，除非在“设置 → 导出”中开启了“同时发送为查看而打开的捕获文件”。</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>此版本的 Flowscope 无法将流发送到收集器。</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>已通过 %2 发送 %1，丢弃 %3。</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>当前未发送任何内容。</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>此捕获的流未被发送：%1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>正在发送到 %1：%2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>上次捕获已结束。已发送到 %1：%2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>无法连接到收集器：%1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX：未发送</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX：无法连接到收集器</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX：已发送 %1，已丢弃 %2</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX：已发送 %1</translation>
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
        <translation>将流发送到收集器（IPFIX）</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>每个连接及其所属程序都会以 IPFIX 记录的形式发送到您运行的收集器（nfdump、pmacct、GoFlow2、ElastiFlow、ntopng）。</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>同时发送为查看而打开的捕获文件</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>更改将从下次捕获开始生效；正在进行的捕获仍按开始时的设置发送。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>收集器</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>地址或主机名，例如 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP（常用；收集器停止运行时数据会丢失）</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP（自动重连；收集器停止运行期间会保留待发数据）</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>传输协议：</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>活动超时：</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>仍在进行中的流按此间隔报告。</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>空闲超时：</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>无流量持续达到此时长的流将报告为已结束。</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>观察域 ID：</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>企业编号：</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>发送 Flowscope 自有信息元素（进程 ID、程序路径、主机名）时使用的私有企业编号（Private Enterprise Number）。</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>默认值 32473 是 RFC 5612 为文档用途保留的编号，仅用于占位，请替换为您自己的编号。</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>此版本的 Flowscope 无法将流发送到收集器。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>包/秒</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>千包/秒</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>百万包/秒</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>十亿包/秒</translation>
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
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公网</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>本机</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>链路本地</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>保留（bogon）</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>TLS 服务器名称（SNI）</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>HTTP Host 标头</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS 应答</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>DNS PTR 应答</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>反向 DNS 查询</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>该应用的主机</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 天内的每日用量，以及所示时间范围内的主要主机</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>按应用分组并在表格中选择一个应用，即可查看其每日用量和主要主机。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>流量历史记录</translation>
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
        <translation>↓ 接收 · ↑ 发送</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1：接收 %2，发送 %3</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>全部：接收 %1，发送 %2</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>单击以列出此时间段的连接</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>此时间范围内没有流量。</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>此时间范围内：接收 %1，发送 %2。流量最多：%3（%4）。最繁忙的时间：%5（%6）。</translation>
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
        <translation>应用</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
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
        <translation>发送</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
接收 %2，发送 %3</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>此时间范围内没有流量。</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>%1 天内：接收 %2，发送 %3。最繁忙的一天：%4（%5）。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>将“历史记录”页面的表格导出为 CSV 或 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>流量总计</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>单击图表可列出该时间的连接。</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>所选时段内的连接</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>过去 1 小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>重新读取历史记录（F5）</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>%1 期间打开的连接：</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>历史数据库 %1 已损坏，因此本次捕获不会被记录（实时视图照常进行）；将其移走可原样保留该文件，并新建一个数据库。</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>无法使用历史数据库 %1。</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>本次捕获不会被记录；实时视图照常进行。</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>Flowscope 无法确定历史记录的保存位置（没有主文件夹）；请在“视图 → 设置 → 历史记录”中选择一个数据库文件。</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>已损坏的历史数据库已保留为 %1；记录将在新数据库中继续。</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>已损坏的历史数据库已保留为 %1；下次实时捕获时将新建一个数据库。</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>暂停记录</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>在继续记录之前，不将本次捕获的流量写入历史记录</translation>
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
        <translation>未指定数据库文件：请在上方选择一个。</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>尚未记录任何内容：该文件将在首次记录实时捕获时创建。</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1，尚未记录任何流量。</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1，%2 至 %3 的流量，%4 个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>将实时捕获记录到历史记录中</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>为查看而打开的捕获文件永远不会被记录。使用托盘和“捕获”菜单中的“暂停记录”，可让私密时段不被记录。</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>保留时长会立即应用于正在进行的捕获；开启或关闭记录以及更换数据库文件，将从下次实时捕获开始生效。</translation>
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
        <translation> 个连接</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>每分钟数据保留：</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>每小时数据保留：</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>每日数据保留：</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>连接数上限：</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>较早的每分钟数据会汇总为每小时数据，每小时数据再汇总为每日数据，因此总计始终准确。超出大小上限时，最旧的行最先删除：先是连接，然后依次是每分钟、每小时和每日数据。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>历史数据库文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>恢复使用默认位置</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>历史记录是本机上的一个 SQLite 文件，任何数据都不会离开本机。flowscope-cli report 读取的也是同一个文件。留空：使用默认位置 %1。</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>此处未知（没有主文件夹）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>当前内容：</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>选择历史数据库</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>历史数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>接收 %1，发送 %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F：搜索；Ctrl+D：为主机、服务或应用加星标；Ctrl+Shift+C：选择列</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>连接详细信息</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>搜索连接</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>选择列</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>Flowscope 将在下次启动时使用新语言。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>正在捕获</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> 请在“视图 → 设置…”中选择其他文件，或清空该字段以继续使用内置数据库。</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>打开捕获文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>暂停或继续捕获（空格键、Ctrl+P）</translation>
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
        <translation>停止捕获（Ctrl+.）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>关于 Flowscope(&amp;A)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>捕获(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
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
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>捕获</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>打开捕获文件</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>捕获文件 (*.pcap *.pcapng *.cap *.dmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;网络监控工具：查看这台计算机在与谁通信，可实时监控，也可读取捕获文件。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建（运行于 Qt %3）。&lt;br&gt;使用 %4 进行捕获。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt;（CC BY 4.0）。&lt;br&gt;AS 数据来自 &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;、&lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; 和 &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt;（CC BY 4.0）。&lt;br&gt;旗帜图标来自 &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt;（MIT）。&lt;br&gt;使用 libmaxminddb 读取数据库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>关于 Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>已丢弃 %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>实时捕获期间会识别程序。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>流量随时间变化</translation>
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
        <translation>全部标为已读</translation>
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
        <translation>双击或按 Enter 键以检查警报的相关连接</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>尚无通知。实时捕获期间，警报会显示在此处：包括首次使用网络的程序，以及您在“设置”中设定的规则所触发的警报。</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%2 条中有 %1 条未读</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>速率规则</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>添加速率规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>流量速率超过限值</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>流量上限</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>添加流量上限</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>流量超过上限</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>全部流量</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>留空：全部流量；否则填写程序的路径或名称</translation>
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
        <translation>阻止列表文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>选择阻止列表</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>IP 列表 (*.netset *.ipset *.txt *.list);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>纯文本 IP/CIDR 列表（每行一个条目，以 # 开头的为注释，即 FireHOL 发布的格式），支持 IPv4 和 IPv6。</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>阻止列表</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>已加星标的项目</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>闲置超过以下时长后再次通知</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>可在“概览”、“检查”和“应用”页面为主机、服务和应用加星标。</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>应用 %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>已接收的 IP 流量</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发送字节数</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>已发送的 IP 流量</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>捕获到的所有帧</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>数据包/秒</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>最近一秒的数据包数</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>目前为止发现的连接</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>被内核、适配器或 Flowscope 队列丢弃的帧</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>捕获所覆盖的时长</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;流量&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>比特/秒</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>数据包/秒</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>主要应用</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>单击应用以检查其连接</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>主要主机</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>主要服务</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>应用 %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>单击条目以检查其连接</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>目前为止发现的连接（表格中当前有 %1 个）</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>连接背后的程序</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>程序识别方式</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>自动（允许时使用 eBPF，否则使用快照）</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>eBPF 套接字事件</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>仅快照</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>事件缓冲区</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>从下次实时捕获开始生效。</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>程序识别方式：</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>事件缓冲区：</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>移走该文件并新建数据库</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>国家/地区数据库：</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>AS 数据库：</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>留空：使用内置的 DB-IP Lite 数据库。支持 GeoLite2、GeoIP2、DB-IP 和 IPinfo 的 MMDB 文件。</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>查询地址的主机名（反向 DNS，用于实时捕获）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>国家/地区数据库文件</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>AS 数据库文件</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>内置（DB-IP Lite）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>选择数据库</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB 文件 (*.mmdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>将继续使用内置数据库。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>将捕获内容保存到 pcap 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>开始捕获</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>打开捕获文件…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;监控您的网络&lt;/h2&gt;选择一个适配器进行实时捕获，或打开捕获文件。</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>正在检查 Flowscope 是否可以在此计算机上捕获…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>捕获过滤器(&amp;F)：</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>BPF 表达式，例如 tcp port 443 或 host 10.0.0.1（留空：捕获全部）</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>网络适配器</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>用于保存捕获内容的文件</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>捕获文件</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>最近的文件：</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>最近的捕获文件</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>无过滤器：将捕获所有数据包。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>请先修正捕获过滤器</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>捕获内容另存为</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap 文件 (*.pcap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>打开捕获文件</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>捕获文件 (*.pcap *.pcapng *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>仍可打开捕获文件。</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>您打开的文件将列在此处</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>登录时启动 Flowscope</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Flowscope 启动时继续上次的实时捕获</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>登录时在托盘中启动 Flowscope，不显示窗口。</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>如果 Flowscope 启动时未指定捕获文件或适配器，它将使用上次实时捕获的适配器和过滤器重新开始捕获。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>打开主题文件夹(&amp;T)…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1（无效）</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>未使用主题文件 %1：%2 请修正后在“视图 → 主题”中重新选择。</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>文件大于 64 KB；主题只是几种颜色的列表（参见 docs/themes.md）。</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>文件中没有“name = …”行；请添加一行，写上要显示的名称。</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>第 %1 行：应为“键 = 值”。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>第 %1 行：“%2”出现了两次；请只保留一个。</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>第 %1 行：名称必须是 1 到 80 个字符的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>第 %1 行：based-on 必须是“light”或“dark”。</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>第 %1 行：未知的键“%2”；docs/themes.md 列出了主题可以设置的键。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>第 %1 行：“%2”不是颜色；请写成 #rrggbb。</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>主题文件 %1 难以阅读：%2 在 %3 上的对比度只有 %4:1，低于文字所需的 4.5:1。请在文件中让这两种颜色相差更大。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
接收 %2，发送 %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>传入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>传出</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>流量随时间变化</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>无流量</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>文件：拖动可放大某个时间范围，右键单击可缩小（键盘：+、- 和 0）</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>%1 内无流量</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>尚无流量。</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>最新：传入 %1，传出 %2。最高：传入 %3（%4），传出 %5（%6）。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>切换适配器</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>打开概览</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>打开应用</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>打开通知</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>将通知静音</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>紧凑窗口</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>此桌面没有系统托盘（GNOME 需要安装 AppIndicator 扩展），因此关闭窗口将退出 Flowscope。</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>此桌面没有系统托盘（GNOME 需要安装 AppIndicator 扩展），因此将显示窗口，而不是最小化启动。</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>没有适配器</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>无法在 %1 上捕获</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>Flowscope 仍在继续监控</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>点击其托盘图标可重新打开窗口；“退出”位于该图标的菜单中。</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>系统托盘</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>在托盘中继续监控</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>关闭窗口时：</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>通知 Webhook %1 失败（%2）；警报仍会列在“通知”页面中。请在“设置”中检查该地址。</translation>
    </message>
</context>
</TS>
