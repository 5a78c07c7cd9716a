#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QLineEdit;
class QWidget;

namespace motcua::ui {

// Recognises a USB/Bluetooth scanner that types a chip card's QR content and Enter, whatever field
// of the watched area has focus. A scanner types far faster than a person: a burst of keys with
// less than kMaxGapMs between them, ending in Enter, whose text looks like a card scan, is taken
// away from the field it landed in and reported with scanned(). Anything else is left alone.
class ScanDetector : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxGapMs = 35;
    static constexpr int kMinLength = 12;

    explicit ScanDetector(QWidget *area);

signals:
    void scanned(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inArea(QObject *watched) const;

    QWidget *m_area;
    QElapsedTimer m_sinceLastKey;
    QString m_burst;
    QPointer<QLineEdit> m_field; // where the burst started, to put its text back
    QString m_fieldText;
    int m_fieldCursor = 0;
};

} // namespace motcua::ui
