// bench_pcap_loop FILE: the baseline of bench/flows_command_bench.py, timed as a whole process
// like the command it is compared with: opens FILE with libpcap, reads every frame with a bare
// `while (pcap_next_ex(...) == 1)` loop and prints how many there were.
#include <pcap/pcap.h>

#include <cstdint>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.pcap\n", argv[0]);
        return 2;
    }
    char err[PCAP_ERRBUF_SIZE];
    pcap_t* p = pcap_open_offline(argv[1], err);
    if (p == nullptr) {
        std::fprintf(stderr, "%s\n", err);
        return 1;
    }
    pcap_pkthdr* h = nullptr;
    const u_char* d = nullptr;
    uint64_t n = 0;
    while (pcap_next_ex(p, &h, &d) == 1) {
        ++n;
    }
    pcap_close(p);
    std::printf("%llu\n", static_cast<unsigned long long>(n));
    return 0;
}
