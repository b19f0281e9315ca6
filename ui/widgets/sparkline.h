// A small activity graph: the last N values as a filled line, scaled to the largest one.
// Always visible: a dotted baseline before the first value, a flat line for an idle adapter.
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
    // Drawn on a selected (highlighted) row: the highlighted-text colour keeps it visible.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    QSize sizeHint() const override { return {120, 28}; }
    QSize minimumSizeHint() const override { return {60, 18}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<double> m_values;
    int m_capacity;
    QColor m_color;
    bool m_highlighted = false;
};

}  // namespace flowscope::ui
