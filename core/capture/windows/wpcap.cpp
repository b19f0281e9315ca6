// libpcap's API for Windows, forwarded to Npcap's wpcap.dll, which is loaded on first use:
// Flowscope may not redistribute Npcap, and must start (and open capture files, which
// core/capture reads with its own pcap/pcapng parsers) where it is not installed.
//
// Npcap installs wpcap.dll into System32\Npcap (WinPcap-compatible mode also into System32);
// as Npcap's documentation and Wireshark do, the Npcap folder is searched first, and
// LOAD_WITH_ALTERED_SEARCH_PATH lets wpcap.dll find its Packet.dll beside it.
//
// These definitions are the pcap_* functions the rest of core/capture calls; pcap.h declares
// them without dllimport when neither PCAP_DLL nor pcap_EXPORTS is defined. Without wpcap.dll,
// pcap_findalldevs and pcap_create fail with kNpcapMissingMessage in errbuf, pcap_open_dead
// returns null; the other functions need a handle, so they are never reached.
#include <pcap/pcap.h>
#include <windows.h>

#include <cstdio>
#include <string>

#include "core/capture/npcap.h"

namespace flowscope {

namespace {

struct Wpcap {
    HMODULE module = nullptr;
    decltype(&::pcap_activate) activate = nullptr;
    decltype(&::pcap_breakloop) breakloop = nullptr;
    decltype(&::pcap_close) close = nullptr;
    decltype(&::pcap_compile) compile = nullptr;
    decltype(&::pcap_create) create = nullptr;
    decltype(&::pcap_datalink) datalink = nullptr;
    decltype(&::pcap_findalldevs) findalldevs = nullptr;
    decltype(&::pcap_freealldevs) freealldevs = nullptr;
    decltype(&::pcap_freecode) freecode = nullptr;
    decltype(&::pcap_geterr) geterr = nullptr;
    decltype(&::pcap_lib_version) libVersion = nullptr;
    decltype(&::pcap_next_ex) nextEx = nullptr;
    decltype(&::pcap_offline_filter) offlineFilter = nullptr;
    decltype(&::pcap_open_dead) openDead = nullptr;
    decltype(&::pcap_set_buffer_size) setBufferSize = nullptr;
    decltype(&::pcap_set_promisc) setPromisc = nullptr;
    decltype(&::pcap_set_snaplen) setSnaplen = nullptr;
    decltype(&::pcap_set_timeout) setTimeout = nullptr;
    decltype(&::pcap_setfilter) setfilter = nullptr;
    decltype(&::pcap_setnonblock) setnonblock = nullptr;
    decltype(&::pcap_snapshot) snapshot = nullptr;
    decltype(&::pcap_stats) stats = nullptr;
    // Missing from WinPcap 4.1 (optional: the wrappers fall back).
    decltype(&::pcap_set_immediate_mode) setImmediateMode = nullptr;
    decltype(&::pcap_set_tstamp_precision) setTstampPrecision = nullptr;
    decltype(&::pcap_get_tstamp_precision) getTstampPrecision = nullptr;
    decltype(&::pcap_statustostr) statustostr = nullptr;
    bool complete = false;
};

template <class F>
bool resolve(HMODULE module, F& out, const char* name) {
    // GetProcAddress returns a generic FARPROC; the real type comes from pcap.h.
    out = reinterpret_cast<F>(reinterpret_cast<void*>(GetProcAddress(module, name)));
    return out != nullptr;
}

HMODULE loadWpcap() {
    wchar_t system[MAX_PATH] = {};
    const UINT n = GetSystemDirectoryW(system, MAX_PATH);
    if (n > 0 && n < MAX_PATH) {
        const std::wstring npcap = std::wstring(system, n) + L"\\Npcap\\wpcap.dll";
        if (HMODULE m = LoadLibraryExW(npcap.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH)) {
            return m;
        }
    }
    return LoadLibraryExW(L"wpcap.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
}

Wpcap load() {
    Wpcap w;
    w.module = loadWpcap();
    if (!w.module) {
        return w;
    }
    bool ok = true;
    ok &= resolve(w.module, w.activate, "pcap_activate");
    ok &= resolve(w.module, w.breakloop, "pcap_breakloop");
    ok &= resolve(w.module, w.close, "pcap_close");
    ok &= resolve(w.module, w.compile, "pcap_compile");
    ok &= resolve(w.module, w.create, "pcap_create");
    ok &= resolve(w.module, w.datalink, "pcap_datalink");
    ok &= resolve(w.module, w.findalldevs, "pcap_findalldevs");
    ok &= resolve(w.module, w.freealldevs, "pcap_freealldevs");
    ok &= resolve(w.module, w.freecode, "pcap_freecode");
    ok &= resolve(w.module, w.geterr, "pcap_geterr");
    ok &= resolve(w.module, w.libVersion, "pcap_lib_version");
    ok &= resolve(w.module, w.nextEx, "pcap_next_ex");
    ok &= resolve(w.module, w.offlineFilter, "pcap_offline_filter");
    ok &= resolve(w.module, w.openDead, "pcap_open_dead");
    ok &= resolve(w.module, w.setBufferSize, "pcap_set_buffer_size");
    ok &= resolve(w.module, w.setPromisc, "pcap_set_promisc");
    ok &= resolve(w.module, w.setSnaplen, "pcap_set_snaplen");
    ok &= resolve(w.module, w.setTimeout, "pcap_set_timeout");
    ok &= resolve(w.module, w.setfilter, "pcap_setfilter");
    ok &= resolve(w.module, w.setnonblock, "pcap_setnonblock");
    ok &= resolve(w.module, w.snapshot, "pcap_snapshot");
    ok &= resolve(w.module, w.stats, "pcap_stats");
    resolve(w.module, w.setImmediateMode, "pcap_set_immediate_mode");
    resolve(w.module, w.setTstampPrecision, "pcap_set_tstamp_precision");
    resolve(w.module, w.getTstampPrecision, "pcap_get_tstamp_precision");
    resolve(w.module, w.statustostr, "pcap_statustostr");
    w.complete = ok;
    return w;
}

const Wpcap& wpcap() {
    static const Wpcap w = load();  // thread-safe initialisation
    return w;
}

void writeMissing(char* errbuf) {
    std::snprintf(errbuf, PCAP_ERRBUF_SIZE, "%s", kNpcapMissingMessage);
}

}  // namespace

bool npcapAvailable() {
    return wpcap().complete;
}

}  // namespace flowscope

using flowscope::wpcap;

extern "C" {

int pcap_findalldevs(pcap_if_t** devices, char* errbuf) {
    if (!flowscope::npcapAvailable()) {
        flowscope::writeMissing(errbuf);
        return PCAP_ERROR;
    }
    return wpcap().findalldevs(devices, errbuf);
}

void pcap_freealldevs(pcap_if_t* devices) {
    if (flowscope::npcapAvailable()) {
        wpcap().freealldevs(devices);
    }
}

const char* pcap_lib_version(void) {
    return flowscope::npcapAvailable() ? wpcap().libVersion() : "";
}

pcap_t* pcap_create(const char* source, char* errbuf) {
    if (!flowscope::npcapAvailable()) {
        flowscope::writeMissing(errbuf);
        return nullptr;
    }
    return wpcap().create(source, errbuf);
}

pcap_t* pcap_open_dead(int linktype, int snaplen) {
    return flowscope::npcapAvailable() ? wpcap().openDead(linktype, snaplen) : nullptr;
}

// A handle exists only when wpcap.dll was loaded: what follows forwards without checking.
int pcap_activate(pcap_t* p) {
    return wpcap().activate(p);
}
void pcap_breakloop(pcap_t* p) {
    wpcap().breakloop(p);
}
void pcap_close(pcap_t* p) {
    wpcap().close(p);
}
int pcap_compile(pcap_t* p, struct bpf_program* program, const char* text, int optimize,
                 bpf_u_int32 netmask) {
    return wpcap().compile(p, program, text, optimize, netmask);
}
int pcap_datalink(pcap_t* p) {
    return wpcap().datalink(p);
}
void pcap_freecode(struct bpf_program* program) {
    // BpfFilter frees its (possibly empty) program unconditionally.
    if (flowscope::npcapAvailable()) {
        wpcap().freecode(program);
    }
}
char* pcap_geterr(pcap_t* p) {
    return wpcap().geterr(p);
}
int pcap_next_ex(pcap_t* p, struct pcap_pkthdr** header, const u_char** data) {
    return wpcap().nextEx(p, header, data);
}
int pcap_offline_filter(const struct bpf_program* program, const struct pcap_pkthdr* header,
                        const u_char* data) {
    return wpcap().offlineFilter(program, header, data);
}
int pcap_set_buffer_size(pcap_t* p, int size) {
    return wpcap().setBufferSize(p, size);
}
int pcap_set_promisc(pcap_t* p, int on) {
    return wpcap().setPromisc(p, on);
}
int pcap_set_snaplen(pcap_t* p, int snaplen) {
    return wpcap().setSnaplen(p, snaplen);
}
int pcap_set_timeout(pcap_t* p, int ms) {
    return wpcap().setTimeout(p, ms);
}
int pcap_setfilter(pcap_t* p, struct bpf_program* program) {
    return wpcap().setfilter(p, program);
}
int pcap_setnonblock(pcap_t* p, int nonblock, char* errbuf) {
    return wpcap().setnonblock(p, nonblock, errbuf);
}
int pcap_snapshot(pcap_t* p) {
    return wpcap().snapshot(p);
}
int pcap_stats(pcap_t* p, struct pcap_stat* stats) {
    return wpcap().stats(p, stats);
}
int pcap_set_immediate_mode(pcap_t* p, int on) {
    return wpcap().setImmediateMode ? wpcap().setImmediateMode(p, on) : PCAP_ERROR;
}
int pcap_set_tstamp_precision(pcap_t* p, int precision) {
    return wpcap().setTstampPrecision ? wpcap().setTstampPrecision(p, precision)
                                      : PCAP_ERROR_TSTAMP_PRECISION_NOTSUP;
}
int pcap_get_tstamp_precision(pcap_t* p) {
    return wpcap().getTstampPrecision ? wpcap().getTstampPrecision(p) : PCAP_TSTAMP_PRECISION_MICRO;
}
const char* pcap_statustostr(int status) {
    return wpcap().statustostr ? wpcap().statustostr(status) : "libpcap error";
}

}  // extern "C"
