// Program icons for the views: QIcons made from IconService answers, cached by (path, size).
// Lookups run on IconService's worker threads, never on the GUI thread; their results come
// back to the GUI thread by a queued call. Until an answer arrives, icon() gives the generic
// program icon, and iconReady() tells the views to repaint the rows of that program.
#pragma once

#include <QHash>
#include <QIcon>
#include <QImage>
#include <QObject>
#include <QString>
#include <memory>

#include "core/icons/icon_backend.h"

namespace flowscope {
class IconService;
}

namespace flowscope::ui {

class IconProvider : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultSize = 32;

    // `backend` null: the system's backend (createSystemIconBackend()).
    explicit IconProvider(std::shared_ptr<IconBackend> backend = nullptr,
                          QObject* parent = nullptr);
    ~IconProvider() override;

    // The program's icon when known, else the generic icon (and a lookup starts). An empty
    // path (hidden or unreadable owner) gives the generic icon.
    QIcon icon(const QString& executablePath, int size = kDefaultSize);
    // True once a lookup for (path, size) has been answered (real or generic icon).
    bool isResolved(const QString& executablePath, int size = kDefaultSize) const;
    // True when the answer was a real icon (not the generic one).
    bool hasRealIcon(const QString& executablePath, int size = kDefaultSize) const;

    static QIcon genericIcon();
    // One backend answer as an image (any thread; SVG rendered at `size`), or as a QIcon (GUI
    // thread). Null for Kind::None or an unreadable image.
    static QImage imageFromIcon(const IconImage& image, int size);
    static QIcon iconFromImage(const IconImage& image, int size);

signals:
    // A lookup finished (on the GUI thread); views showing this program repaint.
    void iconReady(const QString& executablePath);

private:
    struct Answer {
        QIcon icon;
        bool real = false;
    };
    static QString key(const QString& path, int size);
    void deliver(const QString& path, int size, const QIcon& icon);

    std::unique_ptr<IconService> m_service;
    QHash<QString, Answer> m_answers;  // key(path, size) -> answer
    QHash<QString, bool> m_requested;
};

}  // namespace flowscope::ui
