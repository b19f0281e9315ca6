#include "core/capture/pcap_open.h"

#include "core/capture/pcap_link_types.h"

namespace flowscope {

namespace {

Error activationError(int status, const std::string& iface, const std::string& detail,
                      const PcapWording& w) {
    const std::string reason = detail.empty() ? pcap_statustostr(status) : detail;
    switch (status) {
        case PCAP_ERROR_NO_SUCH_DEVICE:
            return makeError(ErrorCode::NotFound,
                             phrase(FS_PHRASE("Core",
                                              "There is no network adapter named \"%1\"; "
                                              "run `flowscope-cli interfaces` to list "
                                              "the adapters you can capture on."),
                                    {verbatim(iface)}));
        case PCAP_ERROR_PERM_DENIED:
        case PCAP_ERROR_PROMISC_PERM_DENIED:
            return makeError(
                ErrorCode::PermissionDenied,
                phrase(FS_PHRASE("Core", "Flowscope has no permission to capture on %1. %2"),
                       {verbatim(iface), w.permissionRemedy}));
        case PCAP_ERROR_IFACE_NOT_UP:
            return makeError(ErrorCode::Io,
                             phrase(FS_PHRASE("Core",
                                              "The network adapter %1 is down; bring it "
                                              "up (or plug it in) and start the capture "
                                              "again."),
                                    {verbatim(iface)}));
        case PCAP_ERROR_RFMON_NOTSUP:
            return makeError(ErrorCode::Io,
                             phrase(FS_PHRASE("Core",
                                              "The network adapter %1 does not support "
                                              "monitor mode; choose another adapter."),
                                    {verbatim(iface)}));
        default:
            return makeError(ErrorCode::Io,
                             phrase(FS_PHRASE("Core",
                                              "Flowscope could not start capturing on %1 "
                                              "(%2: %3); check the adapter and try "
                                              "again."),
                                    {verbatim(iface), verbatim(w.library), verbatim(reason)}));
    }
}

Status installFilter(pcap_t* handle, const LiveOptions& options, const PcapWording& w) {
    bpf_program program{};
    if (pcap_compile(handle, &program, options.filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        return makeError(
            ErrorCode::BadFilter,
            phrase(FS_PHRASE("Core",
                             "The capture filter \"%1\" is invalid: %2; "
                             "correct it (%3)."),
                   {verbatim(options.filter), verbatim(pcap_geterr(handle)), w.filterHelp}));
    }
    const int set = pcap_setfilter(handle, &program);
    pcap_freecode(&program);
    if (set != 0) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "The capture filter \"%1\" could not be "
                                          "installed on %2 (%3: %4); try a simpler "
                                          "filter."),
                                {verbatim(options.filter), verbatim(options.interface),
                                 verbatim(w.library), verbatim(pcap_geterr(handle))}));
    }
    return {};
}

}  // namespace

Result<OpenedHandle> openPcapHandle(const LiveOptions& options, const PcapWording& wording,
                                    void (*afterActivate)(pcap_t*, const std::string&)) {
    const std::string& iface = options.interface;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_create(iface.c_str(), errbuf);
    if (!handle) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "Flowscope could not prepare a capture on %1 "
                                          "(%2: %3); try again."),
                                {verbatim(iface), verbatim(wording.library), verbatim(errbuf)}));
    }
    pcap_set_snaplen(handle, static_cast<int>(options.snaplen));
    pcap_set_promisc(handle, options.promiscuous ? 1 : 0);
    pcap_set_immediate_mode(handle, options.immediateMode ? 1 : 0);
    if (options.bufferSizeBytes > 0) {
        pcap_set_buffer_size(handle, options.bufferSizeBytes);
    }
    pcap_set_timeout(handle, options.pollTimeoutMs > 0 ? options.pollTimeoutMs : 1);
    const bool nano = pcap_set_tstamp_precision(handle, PCAP_TSTAMP_PRECISION_NANO) == 0;

    const int status = pcap_activate(handle);
    if (status < 0) {
        const std::string detail = (status == PCAP_ERROR || status == PCAP_ERROR_PERM_DENIED ||
                                    status == PCAP_ERROR_NO_SUCH_DEVICE)
                                       ? pcap_geterr(handle)
                                       : "";
        Error error = activationError(status, iface, detail, wording);
        pcap_close(handle);
        return error;
    }
    // Positive values are warnings (promiscuous mode unsupported, ...): the capture works.
    if (afterActivate) {
        afterActivate(handle, iface);
    }
    OpenedHandle opened;
    opened.handle = handle;
    const bool nanoActive = nano && pcap_get_tstamp_precision(handle) == PCAP_TSTAMP_PRECISION_NANO;
    opened.fractionScale = nanoActive ? 1 : 1000;
    opened.linkType = dltToLinkType(pcap_datalink(handle));
    const int snap = pcap_snapshot(handle);
    opened.snaplen = snap > 0 ? static_cast<uint32_t>(snap) : options.snaplen;
    if (!options.filter.empty()) {
        if (Status filtered = installFilter(handle, options, wording); !filtered) {
            pcap_close(handle);
            return filtered.error();
        }
    }
    return opened;
}

Error liveReadError(int rc, const std::string& iface, const std::string& message, bool deviceGone,
                    const std::string& library) {
    if (rc == PCAP_ERROR_IFACE_NOT_UP || deviceGone) {
        return makeError(ErrorCode::DeviceGone,
                         phrase(FS_PHRASE("Core",
                                          "The network adapter %1 went down or "
                                          "disappeared while capturing (%2: %3); "
                                          "reconnect it or choose another adapter with "
                                          "`flowscope-cli interfaces`."),
                                {verbatim(iface), verbatim(library), verbatim(message)}));
    }
    return makeError(ErrorCode::Io,
                     phrase(FS_PHRASE("Core",
                                      "Capturing on %1 failed (%2: %3); start the "
                                      "capture again."),
                            {verbatim(iface), verbatim(library), verbatim(message)}));
}

CaptureCounters liveCounters(pcap_t* handle, uint64_t received) {
    CaptureCounters c;
    c.received = received;
    pcap_stat stats{};
    if (pcap_stats(handle, &stats) == 0) {
        c.droppedByKernel = stats.ps_drop;
        c.droppedByInterface = stats.ps_ifdrop;
    }
    return c;
}

}  // namespace flowscope
