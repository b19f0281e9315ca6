// A small activity graph: the last N values as a filled line, scaled to the largest one.
#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

namespace flowscope::ui {

class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr, int capacity = 60);

    void addValue(double value);
    void clear();
    const QVector<double>& values() const { return m_values; }
    int capacity() const { return m_capacity; }
    void setColor(const QColor& color);

    QSize sizeHint() const override { return {120, 28}; }
    QSize minimumSizeHint() const override { return {60, 18}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<double> m_values;
    int m_capacity;
    QColor m_color;
};

}  // namespace flowscope::ui
