#include "ui/icons/icon_provider.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMetaObject>
#include <QPixmap>

#include "core/icons/icon_service.h"

namespace flowscope::ui {

IconProvider::IconProvider(std::shared_ptr<IconBackend> backend, QObject* parent)
    : QObject(parent) {
    if (!backend) {
        backend = createSystemIconBackend();
    }
    m_service = std::make_unique<IconService>(std::move(backend));
}

IconProvider::~IconProvider() {
    // Lookups in progress finish and post to this object; those posts die with it.
    m_service.reset();
}

QString IconProvider::key(const QString& path, int size) {
    return QString::number(size) + QLatin1Char('|') + path;
}

QIcon IconProvider::genericIcon() {
    static const QIcon icon = [] {
        QIcon i;
        i.addFile(QStringLiteral(":/icons/generic-program.png"));
        if (QFile::exists(QStringLiteral(":/icons/generic-program.svg"))) {
            i.addFile(QStringLiteral(":/icons/generic-program.svg"));
        }
        return i;
    }();
    return icon;
}

QImage IconProvider::imageFromIcon(const IconImage& image, int size) {
    QImage result;
    switch (image.kind) {
        case IconImage::Kind::File: {
            QImageReader reader(QString::fromStdString(image.filePath));
            if (image.width == 0 && size > 0) {
                reader.setScaledSize(QSize(size, size));  // scalable (SVG): render at size
            }
            result = reader.read();
            break;
        }
        case IconImage::Kind::Encoded: {
            const QByteArray format = QByteArray::fromStdString(image.format).toLower();
            const QByteArray bytes(reinterpret_cast<const char*>(image.bytes.data()),
                                   static_cast<qsizetype>(image.bytes.size()));
            result.loadFromData(bytes, format.isEmpty() ? nullptr : format.constData());
            break;
        }
        case IconImage::Kind::Pixels:
            if (image.width > 0 && image.height > 0 &&
                image.rgba.size() >= size_t(image.width) * size_t(image.height) * 4) {
                const QImage view(image.rgba.data(), image.width, image.height, image.width * 4,
                                  QImage::Format_RGBA8888);
                result = view.copy();
            }
            break;
        case IconImage::Kind::None:
            break;
    }
    if (!result.isNull() && size > 0 && (result.width() > 2 * size || result.height() > 2 * size)) {
        result = result.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return result;
}

QIcon IconProvider::iconFromImage(const IconImage& image, int size) {
    const QImage decoded = imageFromIcon(image, size);
    return decoded.isNull() ? QIcon() : QIcon(QPixmap::fromImage(decoded));
}

QIcon IconProvider::icon(const QString& executablePath, int size) {
    if (executablePath.isEmpty()) {
        return genericIcon();
    }
    const QString k = key(executablePath, size);
    const auto found = m_answers.constFind(k);
    if (found != m_answers.cend()) {
        return found->real ? found->icon : genericIcon();
    }
    if (!m_requested.contains(k)) {
        m_requested.insert(k, true);
        // The callback runs on a worker while this object is alive (the destructor waits for
        // lookups in progress); it decodes into a QImage there (no QPixmap off the GUI thread)
        // and posts the result.
        IconLookupPtr cached = m_service->request(
            executablePath.toStdString(), size,
            [this, executablePath, size](const std::string&, int, IconLookupPtr lookup) {
                const QImage image = lookup ? imageFromIcon(lookup->image, size) : QImage();
                QMetaObject::invokeMethod(
                    this,
                    [this, executablePath, size, image] {
                        deliver(executablePath, size,
                                image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image)));
                    },
                    Qt::QueuedConnection);
            });
        if (cached) {
            deliver(executablePath, size, iconFromImage(cached->image, size));
            const auto answer = m_answers.constFind(k);
            return answer->real ? answer->icon : genericIcon();
        }
    }
    return genericIcon();
}

void IconProvider::deliver(const QString& path, int size, const QIcon& icon) {
    Answer answer;
    answer.real = !icon.isNull();
    answer.icon = icon;
    m_answers.insert(key(path, size), answer);
    emit iconReady(path);
}

bool IconProvider::isResolved(const QString& executablePath, int size) const {
    return m_answers.contains(key(executablePath, size));
}

bool IconProvider::hasRealIcon(const QString& executablePath, int size) const {
    const auto found = m_answers.constFind(key(executablePath, size));
    return found != m_answers.cend() && found->real;
}

}  // namespace flowscope::ui
