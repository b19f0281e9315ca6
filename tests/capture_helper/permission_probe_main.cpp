// Prints what the Start page's permission probe answers for an adapter: "" when capturing is
// permitted (directly or through the capture helper), else the sentence. For
// unprivileged_test.py, which runs it as user nobody with and without a capable helper.
#include <cstdio>

#include "ui/pages/permission_probe.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: flowscope-test-permission-probe ADAPTER\n");
        return 2;
    }
    const QString denied =
        flowscope::ui::PermissionProbe::deniedMessage(QString::fromLocal8Bit(argv[1]));
    std::printf("%s\n", denied.toLocal8Bit().constData());
    return 0;
}
