// The details pane of the Inspect page: every field of one connection, each with a copy
// button, plus "Copy all". It tracks the connection by flow id, so re-sorting or filtering
// the table never shows another row's values; refresh() re-reads it after each tick.
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>
#include <cstdint>

class QLabel;
class QPushButton;

namespace flowscope::ui {

class ConnectionModel;

class ConnectionDetails : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionDetails(ConnectionModel* model, QWidget* parent = nullptr);

    void setFlowId(uint64_t id);  // 0 = none
    uint64_t flowId() const { return m_flowId; }
    void refresh();

    // The shown value of a field by its label ("Remote", "Bytes in", ...); "" if unknown.
    QString value(const QString& field) const;
    // "Field: value" lines, as "Copy all" puts them on the clipboard.
    QString allText() const;

    // "SYN ACK FIN" for a TCP flags byte (the OR of every packet's flags).
    static QString tcpFlagsText(uint8_t flags);
    // "↓ SYN ACK · ↑ SYN ACK FIN": the flags received (the remote end sent), then those this
    // machine sent, with the arrows of the History chart and the compact window.
    static QString tcpFlagsText(uint8_t received, uint8_t sent);

private:
    struct Field {
        QString name;
        QLabel* value = nullptr;
    };
    void addField(const QString& name);
    void setValue(int field, const QString& text);
    void showEmpty();

    ConnectionModel* m_model;
    uint64_t m_flowId = 0;
    QVector<Field> m_fields;
    QLabel* m_title;
    QLabel* m_note;
    QPushButton* m_copyAll;
    QWidget* m_grid;
};

}  // namespace flowscope::ui
