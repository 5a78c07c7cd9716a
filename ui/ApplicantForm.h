#pragma once

#include "core/Cccd.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace motcua {
struct CccdCard;
}

namespace motcua::ui {

// The applicant's identity as typed or scanned from the chip card.
class ApplicantForm : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantForm(QWidget *parent = nullptr);

    void fill(const CccdCard &card);
    void clear();

    QString fullName() const;
    QString cccd() const;
    QString oldId() const;
    QDate dateOfBirth() const; // invalid when not typed or not a date
    Sex sex() const;
    QString address() const;
    QString phone() const;
    QLineEdit *firstField() const { return m_name; }

signals:
    void edited();

private:
    QLineEdit *m_name;
    QLineEdit *m_cccd;
    QLineEdit *m_oldId;
    QLineEdit *m_dateOfBirth;
    QComboBox *m_sex;
    QLineEdit *m_address;
    QLineEdit *m_phone;
};

} // namespace motcua::ui
