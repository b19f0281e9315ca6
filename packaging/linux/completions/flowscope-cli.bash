# bash completion for flowscope-cli (installed to share/bash-completion/completions).
# The options per command are those of `flowscope-cli COMMAND --help`;
# tests/packaging/completions_test.py checks that they stay the same.

_flowscope_cli() {
    local cur prev words cword
    _init_completion || return

    local commands="flows record report export agent interfaces processes icon lookup"
    if ((cword == 1)); then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    local command=${words[1]} options=""
    case $command in
        flows)
            options="--read --interface --duration --filter --format --write --snaplen
                --promiscuous --max-flows --resolve --dns-server --dns-timeout --country-db
                --asn-db --active-timeout --idle-timeout --process-source --event-buffer --help" ;;
        record)
            options="--interface --database --duration --filter --country-db --asn-db --help" ;;
        report)
            options="--database --since --until --by --format --limit --help" ;;
        export)
            options="--read --interface --ipfix --jsonl --transport --active-timeout
                --idle-timeout --duration --filter --observation-domain --enterprise-number
                --help" ;;
        agent)
            options="--interface --ipfix --jsonl --database --no-history --transport
                --active-timeout --idle-timeout --duration --filter --observation-domain
                --enterprise-number --country-db --asn-db --help" ;;
        interfaces)
            options="--format --help" ;;
        processes)
            options="--format --source --help" ;;
        icon)
            options="--exe --size --out --explain --help" ;;
        lookup)
            options="--format --country-db --asn-db --no-dns --dns-server --dns-timeout --help" ;;
        *)
            return ;;
    esac

    case $prev in
        --read)
            _filedir '@(pcap|pcapng|cap|ntar|pcap.gz)'
            return ;;
        --write)
            _filedir pcap
            return ;;
        --out)
            _filedir png
            return ;;
        --country-db | --asn-db)
            _filedir mmdb
            return ;;
        --database)
            _filedir '@(sqlite|db)'
            return ;;
        --exe | --jsonl)
            _filedir
            return ;;
        --interface)
            local adapters
            adapters=$(flowscope-cli interfaces --format json 2>/dev/null |
                sed -n 's/.*"name": *"\([^"]*\)".*/\1/p')
            COMPREPLY=($(compgen -W "$adapters" -- "$cur"))
            return ;;
        --format)
            case $command in
                flows) COMPREPLY=($(compgen -W "table csv json jsonl" -- "$cur")) ;;
                report) COMPREPLY=($(compgen -W "table csv json" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
            esac
            return ;;
        --transport)
            COMPREPLY=($(compgen -W "udp tcp" -- "$cur"))
            return ;;
        --process-source | --source)
            COMPREPLY=($(compgen -W "auto ebpf snapshot" -- "$cur"))
            return ;;
        --by)
            COMPREPLY=($(compgen -W "application host service country as day hour" -- "$cur"))
            return ;;
        --duration | --filter | --snaplen | --max-flows | --dns-server | --dns-timeout | \
            --since | --until | --limit | --size | --ipfix | --active-timeout | \
            --idle-timeout | --observation-domain | --enterprise-number)
            return ;;
    esac

    COMPREPLY=($(compgen -W "$options" -- "$cur"))
} &&
    complete -F _flowscope_cli flowscope-cli
