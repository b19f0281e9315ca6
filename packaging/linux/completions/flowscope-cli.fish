# fish completion for flowscope-cli (installed to share/fish/vendor_completions.d).
# The options per command are those of `flowscope-cli COMMAND --help`;
# tests/packaging/completions_test.py checks that they stay the same.

set -l commands flows record report export agent interfaces processes icon lookup
complete -c flowscope-cli -f
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -l help -d 'Show the commands and exit codes'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -l version -d 'Show the version'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a flows -d 'Group a capture file or live traffic into connections'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a record -d 'Record live traffic into the history database'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a report -d 'Traffic per application, host, day... from the history'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a export -d 'Send flows as IPFIX to a collector'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a agent -d 'Record history and export flows as a service'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a interfaces -d 'List the network adapters'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a processes -d 'List sockets with the processes that own them'
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a icon -d "Write a program's icon as a PNG"
complete -c flowscope-cli -n "not __fish_seen_subcommand_from $commands" -a lookup -d 'Country, AS and kind of IP addresses'

function __flowscope_cli_interfaces
    flowscope-cli interfaces --format json 2>/dev/null | sed -n 's/.*"name": *"\([^"]*\)".*/\1/p'
end

# flows
set -l c '__fish_seen_subcommand_from flows'
complete -c flowscope-cli -n $c -l read -r -F -d 'Read a pcap or pcapng file'
complete -c flowscope-cli -n $c -l interface -x -a '(__flowscope_cli_interfaces)' -d 'Capture live on an adapter'
complete -c flowscope-cli -n $c -l duration -x -d 'Stop a live capture after seconds'
complete -c flowscope-cli -n $c -l filter -x -d 'Capture filter in libpcap syntax'
complete -c flowscope-cli -n $c -l format -x -a 'table csv json jsonl' -d 'Output format'
complete -c flowscope-cli -n $c -l active-timeout -x -d 'jsonl: report active flows every seconds'
complete -c flowscope-cli -n $c -l idle-timeout -x -d 'jsonl: report flows idle for seconds'
complete -c flowscope-cli -n $c -l write -r -F -d 'Also save every frame to a pcap file'
complete -c flowscope-cli -n $c -l snaplen -x -d 'Bytes kept per frame'
complete -c flowscope-cli -n $c -l promiscuous -d 'Promiscuous mode'
complete -c flowscope-cli -n $c -l process-source -x -a 'auto ebpf snapshot' -d 'Where socket owners come from'
complete -c flowscope-cli -n $c -l event-buffer -x -d 'Socket events ring buffer in KiB'
complete -c flowscope-cli -n $c -l max-flows -x -d 'Keep at most N flows in memory'
complete -c flowscope-cli -n $c -l resolve -d 'Reverse DNS for remote addresses'
complete -c flowscope-cli -n $c -l dns-server -x -d 'Server for PTR queries'
complete -c flowscope-cli -n $c -l dns-timeout -x -d 'Wait per query attempt (ms)'
complete -c flowscope-cli -n $c -l country-db -r -F -d 'Your own country .mmdb'
complete -c flowscope-cli -n $c -l asn-db -r -F -d 'Your own AS .mmdb'
complete -c flowscope-cli -n $c -l help -d 'Show the options of flows'

# record
set -l c '__fish_seen_subcommand_from record'
complete -c flowscope-cli -n $c -l interface -x -a '(__flowscope_cli_interfaces)' -d 'Capture live on an adapter'
complete -c flowscope-cli -n $c -l database -r -F -d 'The history database'
complete -c flowscope-cli -n $c -l duration -x -d 'Stop after seconds'
complete -c flowscope-cli -n $c -l filter -x -d 'Capture filter in libpcap syntax'
complete -c flowscope-cli -n $c -l country-db -r -F -d 'Your own country .mmdb'
complete -c flowscope-cli -n $c -l asn-db -r -F -d 'Your own AS .mmdb'
complete -c flowscope-cli -n $c -l help -d 'Show the options of record'

# report
set -l c '__fish_seen_subcommand_from report'
complete -c flowscope-cli -n $c -l database -r -F -d 'The history database'
complete -c flowscope-cli -n $c -l since -x -d 'Start of the range (2026-12-01, 24h, 7d...)'
complete -c flowscope-cli -n $c -l until -x -d 'End of the range'
complete -c flowscope-cli -n $c -l by -x -a 'application host service country as day hour' -d 'Group by'
complete -c flowscope-cli -n $c -l format -x -a 'table csv json' -d 'Output format'
complete -c flowscope-cli -n $c -l limit -x -d 'At most N rows'
complete -c flowscope-cli -n $c -l help -d 'Show the options of report'

# export
set -l c '__fish_seen_subcommand_from export'
complete -c flowscope-cli -n $c -l read -r -F -d 'Export a capture file'
complete -c flowscope-cli -n $c -l interface -x -a '(__flowscope_cli_interfaces)' -d 'Capture live on an adapter'
complete -c flowscope-cli -n $c -l ipfix -x -d 'The collector, HOST[:PORT]'
complete -c flowscope-cli -n $c -l jsonl -r -F -d 'Write the records as JSON lines (- for stdout)'
complete -c flowscope-cli -n $c -l transport -x -a 'udp tcp' -d 'Transport to the collector'
complete -c flowscope-cli -n $c -l active-timeout -x -d 'Report active flows every seconds'
complete -c flowscope-cli -n $c -l idle-timeout -x -d 'Report flows idle for seconds'
complete -c flowscope-cli -n $c -l duration -x -d 'Stop a live capture after seconds'
complete -c flowscope-cli -n $c -l filter -x -d 'Capture filter in libpcap syntax'
complete -c flowscope-cli -n $c -l observation-domain -x -d 'Observation domain id'
complete -c flowscope-cli -n $c -l enterprise-number -x -d 'Private Enterprise Number of Flowscope elements'
complete -c flowscope-cli -n $c -l help -d 'Show the options of export'

# agent
set -l c '__fish_seen_subcommand_from agent'
complete -c flowscope-cli -n $c -l interface -x -a '(__flowscope_cli_interfaces)' -d 'Capture live on an adapter'
complete -c flowscope-cli -n $c -l ipfix -x -d 'The collector, HOST[:PORT]'
complete -c flowscope-cli -n $c -l jsonl -r -F -d 'Write the records as JSON lines (- for stdout)'
complete -c flowscope-cli -n $c -l database -r -F -d 'The history database'
complete -c flowscope-cli -n $c -l no-history -d 'Do not record the history'
complete -c flowscope-cli -n $c -l transport -x -a 'udp tcp' -d 'Transport to the collector'
complete -c flowscope-cli -n $c -l active-timeout -x -d 'Report active flows every seconds'
complete -c flowscope-cli -n $c -l idle-timeout -x -d 'Report flows idle for seconds'
complete -c flowscope-cli -n $c -l duration -x -d 'Stop after seconds'
complete -c flowscope-cli -n $c -l filter -x -d 'Capture filter in libpcap syntax'
complete -c flowscope-cli -n $c -l observation-domain -x -d 'Observation domain id'
complete -c flowscope-cli -n $c -l enterprise-number -x -d 'Private Enterprise Number of Flowscope elements'
complete -c flowscope-cli -n $c -l country-db -r -F -d 'Your own country .mmdb'
complete -c flowscope-cli -n $c -l asn-db -r -F -d 'Your own AS .mmdb'
complete -c flowscope-cli -n $c -l help -d 'Show the options of agent'

# interfaces, processes
set -l c '__fish_seen_subcommand_from interfaces processes'
complete -c flowscope-cli -n $c -l format -x -a 'table json' -d 'Output format'
complete -c flowscope-cli -n $c -l help -d 'Show the options'
set -l c '__fish_seen_subcommand_from processes'
complete -c flowscope-cli -n $c -l source -x -a 'auto ebpf snapshot' -d 'Where live captures take socket owners from'

# icon
set -l c '__fish_seen_subcommand_from icon'
complete -c flowscope-cli -n $c -l exe -r -F -d "The program's executable"
complete -c flowscope-cli -n $c -l size -x -d 'Width and height in pixels'
complete -c flowscope-cli -n $c -l out -r -F -d 'Where to write the PNG'
complete -c flowscope-cli -n $c -l explain -d 'Print the entry, icon name and file chosen'
complete -c flowscope-cli -n $c -l help -d 'Show the options of icon'

# lookup
set -l c '__fish_seen_subcommand_from lookup'
complete -c flowscope-cli -n $c -l format -x -a 'table json' -d 'Output format'
complete -c flowscope-cli -n $c -l country-db -r -F -d 'Your own country .mmdb'
complete -c flowscope-cli -n $c -l asn-db -r -F -d 'Your own AS .mmdb'
complete -c flowscope-cli -n $c -l no-dns -d 'No reverse DNS'
complete -c flowscope-cli -n $c -l dns-server -x -d 'Server for PTR queries'
complete -c flowscope-cli -n $c -l dns-timeout -x -d 'Wait per query attempt (ms)'
complete -c flowscope-cli -n $c -l help -d 'Show the options of lookup'
