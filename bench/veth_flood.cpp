// A UDP flood for bench/capture_helper_bench.py: sendmmsg() batches of 64 datagrams to ADDRESS
// (ports PORT..PORT+15) for SECONDS, at RATE datagrams per second (0: as fast as it can), then
// prints how many were sent.
//   bench_veth_flood ADDRESS PORT SECONDS [PAYLOAD_BYTES [RATE]]
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_veth_flood ADDRESS PORT SECONDS [PAYLOAD_BYTES]\n");
        return 2;
    }
    const int port = std::atoi(argv[2]);
    const double seconds = std::atof(argv[3]);
    const size_t payload = argc > 4 ? static_cast<size_t>(std::atoi(argv[4])) : 64;
    const double rate = argc > 5 ? std::atof(argv[5]) : 0.0;
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    constexpr int kBatch = 64;
    std::vector<sockaddr_in> to(kBatch);
    std::vector<char> data(payload, 'f');
    std::vector<iovec> iov(kBatch);
    std::vector<mmsghdr> msgs(kBatch);
    for (int i = 0; i < kBatch; ++i) {
        to[i].sin_family = AF_INET;
        to[i].sin_port = htons(static_cast<uint16_t>(port + i % 16));
        inet_pton(AF_INET, argv[1], &to[i].sin_addr);
        iov[i] = {data.data(), data.size()};
        msgs[i].msg_hdr = {};
        msgs[i].msg_hdr.msg_name = &to[i];
        msgs[i].msg_hdr.msg_namelen = sizeof to[i];
        msgs[i].msg_hdr.msg_iov = &iov[i];
        msgs[i].msg_hdr.msg_iovlen = 1;
    }
    uint64_t sent = 0;
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    for (auto now = start; now < end; now = std::chrono::steady_clock::now()) {
        if (rate > 0) {
            // Paced: batch k leaves at start + k * 64 / rate.
            const auto due =
                start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(sent / rate));
            if (due > now) {
                std::this_thread::sleep_until(due);
            }
        }
        const int n = sendmmsg(fd, msgs.data(), kBatch, 0);
        if (n > 0) {
            sent += static_cast<uint64_t>(n);
        }
    }
    std::printf("%llu\n", static_cast<unsigned long long>(sent));
    close(fd);
    return 0;
}
